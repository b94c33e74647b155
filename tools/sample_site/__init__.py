"""The sample site's generators: content.py holds the articles, build_site.py writes
``crawler/sample_site/site/`` and ``ground_truth.json`` from it (the package ships only the output)."""
