"""Scrapy settings for the allmännyttan.se archive crawler.

Polite by default: robots.txt obeyed, an identifying User-Agent with a contact
URL, a delay plus AutoThrottle aimed at one request at a time, at most two
concurrent requests per host, retries with back-off and a size cap. The
project's own settings (``ARCHIVE_*``) are declared at the bottom, each with
its default; components read them only through ``from_crawler``.
"""

import os

from crawler.operating import user_agent

BOT_NAME = "allmannyttan"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are and how to reach the operator; never Scrapy's default agent.
# The contact (a URL or an e-mail address) comes from --contact or the
# ARCHIVE_CONTACT environment variable, read when a crawl starts; a crawl of a
# public host without one refuses to start (crawler/operating.py).
ARCHIVE_CONTACT = os.environ.get("ARCHIVE_CONTACT", "")
ARCHIVE_CONTACT_URL = ""  # the older name of ARCHIVE_CONTACT, still read
USER_AGENT = user_agent(ARCHIVE_CONTACT or None)
ARCHIVE_ALLOW_IMPOLITE_RATE = False  # --allow-impolite-rate: a delay under 1 s or > 2 requests to a public host

# --- politeness -------------------------------------------------------------
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 1.5
DOWNLOAD_DELAY_JITTER = 0.5  # each delay varies by ±50%
CONCURRENT_REQUESTS = 2
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.5
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
# A page larger than this is not an article; the cap protects memory and disk.
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024
DOWNLOAD_WARNSIZE = 10 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy's HTTP server that runs Python code sent to it (for its MCP server): an
# unattended archive crawl takes no orders from the network.
REMOTE_CONTROL_ENABLED = False
# Scrapy runs each response's output (an item and the page's links) through this many tasks
# at once; the pipeline writes SQLite synchronously: 100 (the default) took 13-15 % more CPU per
# crawl of the 5,000-article bench site than 8. Against a slow server without delay, 100 keeps
# more connections busy (110-119 s against 133-138 s at 100 ms; docs/benchmarks.md).
CONCURRENT_ITEMS = 8
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "sv,en;q=0.5",
}

# --- retries: 5xx and timeouts, with exponential back-off -------------------
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
ARCHIVE_RETRY_BACKOFF_BASE = 2.0  # seconds; doubled on each retry
ARCHIVE_RETRY_BACKOFF_MAX = 60.0
ARCHIVE_RETRY_AFTER_MAX = 300.0  # the longest Retry-After (and per-host delay) honoured
ARCHIVE_CRAWL_DELAY_MAX = 60.0   # the longest robots.txt Crawl-delay honoured

# --- components ---------------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt is consulted: nothing off scope, redirects included.
    "crawler.middlewares.ScopeMiddleware": 60,
    # Replaces the built-in retry with one that waits before retrying.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # Closest to the downloader: sees 3xx before redirects are followed and
    # gzip bodies before they are decompressed, so the WARC gets the wire bytes.
    "crawler.middlewares.WarcRecorderMiddleware": 950,
    # After robots.txt (100): the profile's variant URLs are refused, never fetched.
    "crawler.middlewares.VariantMiddleware": 110,
    # Below decompression: reads robots.txt's Sitemap lines as it passes by.
    "crawler.middlewares.RobotsSitemapMiddleware": 580,
}
# Lists what it drops (redirect loops, repeats) in skipped_urls.
DUPEFILTER_CLASS = "crawler.dupefilter.RecordingDupeFilter"
# A depth limit as a last guard against traps no pattern knows; skips are recorded.
# Generous: a big archive's "older posts" chain is thousands of links deep.
DEPTH_LIMIT = 10000
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "crawler.middlewares.RecordingDepthMiddleware": 900,
}
ITEM_PIPELINES = {
    "crawler.pipelines.ArchivePipeline": 300,
}
EXTENSIONS = {
    # The archive dir for one crawl (WARC writer, database, crawl row): first, so it is
    # open before the other extensions' spider_opened handlers run.
    "crawler.recording.CrawlArchive": 100,
    "crawler.extensions.ProgressDisplay": 500,
    "crawler.extensions.Heartbeat": 501,
    "crawler.extensions.CrawlLimits": 502,
}

LOG_LEVEL = "INFO"
# "The same request" is the same URL key (crawler.urls.url_key) for the spider and the dupefilter.
REQUEST_FINGERPRINTER_CLASS = "crawler.dupefilter.UrlKeyFingerprinter"
FEED_EXPORT_ENCODING = "utf-8"

# --- the archive --------------------------------------------------------------
ARCHIVE_DIR = "data"                  # DIR/archive.db and DIR/warc/*.warc.gz
ARCHIVE_WARC_PREFIX = "allmannyttan"  # first part of every WARC file name
ARCHIVE_WARC_MAX_SIZE = 1_000_000_000  # rotate WARC files at about this many bytes
ARCHIVE_OPERATOR = ""                 # who runs the crawl, written into warcinfo
ARCHIVE_MAX_PAGES = 0                 # 0 = no limit on HTML pages scheduled
ARCHIVE_FETCH_REQUISITES = True       # images, CSS, JS and PDFs of the same host
ARCHIVE_INCREMENTAL = True           # re-crawls fetch only what changed (--full: False)
ARCHIVE_MIN_FILL_RATE = 0.5           # below this for title/date/body: exit code 4
ARCHIVE_MIN_FILL_ARTICLES = 5         # ...when at least this many articles were parsed
ARCHIVE_PARSE_WORKERS = "auto"        # processes reading pages; auto: 1 when --delay 0
ARCHIVE_REVALIDATE_AFTER_DAYS = 30.0  # a known URL gets a conditional request at least this often
ARCHIVE_TRAP_SHAPE_BUDGET = 50        # unproductive pages per URL shape before it is stopped
ARCHIVE_FRONTIER_MAX_ATTEMPTS = 3     # crawls that may fail to fetch a waiting URL before it is dropped
ARCHIVE_COMMIT_ITEMS = 300           # the database commits after this many pages read ...
ARCHIVE_COMMIT_SECONDS = 1.0         # ... or this long after its last commit, whichever first
ARCHIVE_TIME_LIMIT = 0.0              # seconds; stop as Ctrl-C does after this long (exit 5); 0 = none
ARCHIVE_SIZE_LIMIT = 0                # bytes of WARC written; stop as Ctrl-C does past it (exit 5); 0 = none
ARCHIVE_HEARTBEAT_SECONDS = 60.0      # without a terminal: a status line on stderr this often; 0 = none
ARCHIVE_PROGRESS = "auto"             # "auto" (when stderr is a terminal), "on", "off"
