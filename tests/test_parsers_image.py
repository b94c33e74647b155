"""The lead image's address (image_url): the article's own picture, never the site's chrome."""

from __future__ import annotations

import json

from crawler.parsers import parse_article

URL = "https://www.allmannyttan.se/nyheter/gardarna/"
SITE = "https://www.allmannyttan.se"
TEXT = ("<p>Hyresgästerna i Norrbacka har ritat om sin innergård tillsammans med bostadsbolaget, "
        "och i vår planteras de första äppelträden mellan husen.</p>"
        "<p>Arbetet har pågått i ett år och fler gårdar står på tur under hösten.</p>")


def page(article: str, head: str = "", chrome: str = "") -> str:
    return (f"<html><head><title>Gården – Allmännyttan</title>{head}</head><body>"
            f'<header><a href="/"><img src="/wp-content/themes/a/logo.png" class="custom-logo" alt="Allmännyttan"></a>'
            f"</header>{chrome}<main><article><h1>Hyresgästerna ritar om gården</h1>"
            f"<p>5 september 2023</p>{article}</article></main></body></html>")


def image_url(html: str) -> str | None:
    return parse_article(html, URL)["image_url"]


def test_the_figure_of_the_article_made_absolute():
    html = page(f'<figure><img src="/wp-content/uploads/2023/09/gard-1024x683.jpg" width="1024" height="683">'
                f"<figcaption>Gården i Norrbacka. Foto: Anna Ek</figcaption></figure>{TEXT}")
    assert image_url(html) == SITE + "/wp-content/uploads/2023/09/gard-1024x683.jpg"


def test_logos_avatars_icons_and_portraits_of_authors_or_contacts_are_not_the_lead_image():
    html = page('<div class="byline"><img src="/img/anna-ek.jpg" class="author-photo"> Av Anna Ek</div>'
                '<img src="https://secure.gravatar.com/avatar/abc?s=96" class="avatar">'
                '<img src="/img/pil.png" width="16" height="16">'
                f'{TEXT}<div class="contact-block"><img src="/img/presschef.jpg"> Presskontakt</div>',
                head='<meta property="og:image" content="/wp-content/uploads/site-logo.png">')
    assert image_url(html) is None  # and a logo in og:image is no better


def test_lazy_loaded_picture_gives_its_real_address():
    html = page('<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
                f'data-src="/wp-content/uploads/2023/09/gard.jpg"></figure>{TEXT}')
    assert image_url(html) == SITE + "/wp-content/uploads/2023/09/gard.jpg"


def test_the_picture_the_caption_belongs_to_even_below_the_text():
    html = page(f'{TEXT}<table><tr><td><img src="/bilder/gard.jpg" width="120" height="90"><br>'
                "<i>Bilden ovan: Gunnel Åström sår de första fröna. Foto: Bertil Näslund</i></td></tr></table>")
    got = parse_article(html, URL)
    assert got["image_caption"] == "Gunnel Åström sår de första fröna."
    assert got["image_url"] == SITE + "/bilder/gard.jpg"


def test_related_posts_thumbnails_are_not_the_lead_image():
    teasers = ('<div class="related-posts"><a href="/nyheter/annan/"><img src="/wp-content/uploads/annan.jpg"></a>'
               '<a href="/nyheter/annan/">En annan artikel</a></div>')
    assert image_url(page(TEXT + teasers)) is None
    # A thumbnail linking to another article is a teaser wherever it stands; a link to the picture is not.
    linked = page(f'<a href="/nyheter/annan/"><img src="/wp-content/uploads/annan.jpg"></a>'
                  f'<a href="/wp-content/uploads/gard.jpg"><img src="/wp-content/uploads/gard-300x200.jpg"></a>{TEXT}')
    assert image_url(linked) == SITE + "/wp-content/uploads/gard-300x200.jpg"


def test_the_picture_the_metadata_names_then_the_metadata_itself():
    named = page(f'<img src="/wp-content/uploads/karta-300x200.jpg"><figure>'
                 f'<img src="/wp-content/uploads/gard-1024x683.jpg"></figure>{TEXT}',
                 head=f'<meta property="og:image" content="{SITE}/wp-content/uploads/gard.jpg">')
    assert image_url(named) == SITE + "/wp-content/uploads/gard-1024x683.jpg"  # the size the page shows
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "ImageObject", "@id": "#bild", "url": f"{SITE}/wp-content/uploads/gard-full.jpg"},
        {"@type": "NewsArticle", "headline": "Hyresgästerna ritar om gården", "image": {"@id": "#bild"}}]}
    only_metadata = page(TEXT, head=f'<script type="application/ld+json">{json.dumps(graph)}</script>')
    assert image_url(only_metadata) == SITE + "/wp-content/uploads/gard-full.jpg"
