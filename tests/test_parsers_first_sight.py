"""The first-sight families (written blind, tests/fixtures/first_sight*/): no field falls back.

Every batch was scored before any change made for it (docs/benchmarks.md,
First sight); the parsers were tuned on them afterwards, so these bars are
in-sample: they guard against a change that loses ground on markup it was not
written for. The bars, as means over a batch's families: short fields 0.95,
body F1 0.97, teaser fields 0.95, and at most one family below 0.95 on some
field; batches 3 and 5, after a round of fixes each, are held to the figures they reached.
"""

from __future__ import annotations

from pathlib import Path
from statistics import mean

import pytest

from bench.firstsight import BATCHES, family_passes, golden_pages, parse_in, score

ROOT = Path(__file__).resolve().parent.parent
SHORT = ("title", "published", "author_name", "author_role", "photo_credit", "image_caption", "kind")
TEASER = ("teaser_article_url", "teaser_title", "teaser_published", "teaser_excerpt", "teaser_author_name")
FLOORS = {**dict.fromkeys(SHORT, 0.95), "body_f1": 0.97, **dict.fromkeys(TEASER, 0.95)}
# Batch 3 has had one round of fixes, not yet enough to reach the targets: its bars are the
# figures reached so far (docs/benchmarks.md), so it cannot lose ground either.
BATCH_FLOORS = {3: {**dict.fromkeys(SHORT, 0.95), "title": 0.98, "body_f1": 0.97,
                    **dict.fromkeys(TEASER, 0.95)}}
# Batch 4 follows GOLDEN.md's printed credit since the batch-44 round: two credits written only into a picture's
# title or alt attribute (Twenty Fourteen, TYPO3's news) are no longer read.
BATCH_FLOORS[4] = {**FLOORS, "photo_credit": 0.93}
# Batch 5, after one round of fixes, is held to the figures it reached (docs/benchmarks.md).
BATCH_FLOORS[5] = {**dict.fromkeys(SHORT, 0.90), "title": 0.98, "body_f1": 0.95,
                   **dict.fromkeys(TEASER, 0.87)}
# Batch 6, after one round of fixes, is held to the figures it reached (docs/benchmarks.md).
BATCH_FLOORS[6] = {**dict.fromkeys(SHORT, 0.93), "title": 0.98, "body_f1": 0.97,
                   **dict.fromkeys(TEASER, 0.97)}
# Batch 7, after one round of fixes, is held to the figures it reached (docs/benchmarks.md); its
# teaser floor went from 0.87 to 0.86 when Wagtail's home page, scored 0 before and after, lost its
# hero button as a teaser (one fewer wrong teaser, yet the mean of that page's fields moved).
BATCH_FLOORS[7] = {**dict.fromkeys(SHORT, 0.97), "title": 0.98, "body_f1": 0.98,
                   **dict.fromkeys(TEASER, 0.86)}
# Batch 8, after one round of fixes, is held to the figures it reached (docs/benchmarks.md).
BATCH_FLOORS[8] = {**dict.fromkeys(SHORT, 0.92), "title": 0.98, "body_f1": 0.98,
                   **dict.fromkeys(TEASER, 0.97)}
# Batch 9, during its first round, is held to the figures it reached so far (docs/benchmarks.md).
BATCH_FLOORS[9] = {**dict.fromkeys(SHORT, 0.90), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 10, during its first round, is held to the figures it reached so far (docs/benchmarks.md).
BATCH_FLOORS[10] = {**dict.fromkeys(SHORT, 0.89), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.96)}
# Batch 11, after two short rounds, is held to the figures it reached so far (docs/benchmarks.md).
BATCH_FLOORS[11] = {**dict.fromkeys(SHORT, 0.84), "title": 0.98, "body_f1": 0.97, **dict.fromkeys(TEASER, 0.92)}
# Batch 12, after its first round (first sight: SHORT 0.80, teasers 0.76), is held to what it reached.
BATCH_FLOORS[12] = {**dict.fromkeys(SHORT, 0.95), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.95)}
# Batch 13, after a short round (first sight: SHORT 0.80, teasers 0.79), is held to what it reached.
BATCH_FLOORS[13] = {**dict.fromkeys(SHORT, 0.84), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.89)}
# Batch 14, after a short round (first sight: SHORT 0.90, teasers 0.82), is held to the figures it reached.
BATCH_FLOORS[14] = {**dict.fromkeys(SHORT, 0.89), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.89)}
BATCH_FLOORS[14]["author_role"] = 0.98
# Batch 15, after a short round (first sight: SHORT 0.93, teasers 0.98, 6 of 10), is held to what it reached.
BATCH_FLOORS[15] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 16, after two short rounds (first sight: SHORT 0.93, teasers 0.72, 2 of 10), is held to what it reached.
BATCH_FLOORS[16] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 17, after a short round (first sight: SHORT 0.82, teasers 0.68, 1 of 10), is held to what it reached.
BATCH_FLOORS[17] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 18, after a short round (first sight: SHORT 0.80, teasers 0.85, 3 of 10), is held to what it reached.
BATCH_FLOORS[18] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.90)}
# Batch 19, after a short round (first sight: SHORT 0.80, teasers 0.65, 1 of 10), is held to what it reached.
BATCH_FLOORS[19] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.89)}
# Batch 20, after a short round (first sight: SHORT 0.68, teasers 0.80, 1 of 10), is held to what it reached.
BATCH_FLOORS[20] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 21, after a short round (first sight: SHORT 0.82, teasers 0.90, 3 of 10), is held to what it reached.
BATCH_FLOORS[21] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.89)}
# Batch 22, after a short round (first sight: SHORT 0.77, teasers 0.68, 2 of 10), is held to what it reached.
BATCH_FLOORS[22] = {**dict.fromkeys(SHORT, 0.89), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.84)}
# Batch 23, after two short rounds (first sight: SHORT 0.83, teasers 0.90, 4 of 10), is held to what it reached.
BATCH_FLOORS[23] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 24, after its first round (first sight: SHORT 0.83, teasers 0.70, 3 of 10), is held to what it reached.
BATCH_FLOORS[24] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 25, after two short rounds (first sight: SHORT 0.78, teasers 0.55, 1 of 10), is held to what it reached.
BATCH_FLOORS[25] = {**dict.fromkeys(SHORT, 0.93), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.87)}
# Batch 26, after a short round (first sight: SHORT 0.83, body 0.89, teasers 0.90, 7 of 10), is held to what it reached.
BATCH_FLOORS[26] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 27, after three short rounds (first sight: SHORT 0.85, body 0.96, teasers 0.90, 5 of 10), is held to what it
# reached.
BATCH_FLOORS[27] = {**dict.fromkeys(SHORT, 0.95), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 28, after one round (first sight: SHORT 0.80, body 0.99, teasers 0.94, 5 of 10), is held to what it reached.
BATCH_FLOORS[28] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 29, after one round (first sight: SHORT 0.90, body 0.995, teasers 0.80, 6 of 10), is held to what it reached.
BATCH_FLOORS[29] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.89)}
# Batch 30, after a short round (first sight: SHORT 0.87, body 0.99, teasers 0.75, 4 of 10), is held to what it reached.
BATCH_FLOORS[30] = {**dict.fromkeys(SHORT, 0.93), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.88)}
# Batch 31, after a very short round (first sight: SHORT 0.87, body 0.99, teasers 0.95, 5 of 10), is held to what it
# reached.
BATCH_FLOORS[31] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.94)}
# Batch 32, after one round (first sight: SHORT 0.88, title 0.90, body 0.99, teaser author 0.81, 3 of 10), is held
# to what it reached.
BATCH_FLOORS[32] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 33, after one round (first sight: date 0.87, author 0.88, teasers 0.69-0.80, 2 of 10), is held to what it
# reached.
BATCH_FLOORS[33] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 34, after one round (first sight: teasers 0.70-0.80, caption and credit 0.95, 4 of 10), is held to what it
# reached (Telegraph's list of links to telegra.ph and no-style-please's category list are left).
BATCH_FLOORS[34] = {**dict.fromkeys(SHORT, 0.97), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.78)}
# Batch 35, after a short round (first sight: date 0.90, caption 0.93, teaser date 0.80, 4 of 10), is held to what it
# reached.
BATCH_FLOORS[35] = {**dict.fromkeys(SHORT, 0.94), "title": 0.98, "body_f1": 0.96, **dict.fromkeys(TEASER, 0.98)}
# Batch 36, after one round (first sight: date 0.75, teasers 0.75-0.87, kind 0.80, 2 of 10), is held to what it
# reached.
BATCH_FLOORS[36] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 37, after one round (first sight: author 0.82, date 0.83, teaser author 0.74, 2 of 10), is held to what it
# reached (Via TT's sender as the author and Microweber's gallery caption above the headline are left).
BATCH_FLOORS[37] = {**dict.fromkeys(SHORT, 0.95), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.95)}
# Batch 38, after one round (first sight: title 0.90, date 0.90, author 0.90, teasers 0.80-0.90, 7 of 10), is held
# to what it reached (DokuWiki's archive table naming a desk in its user column is left).
BATCH_FLOORS[38] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 39, after one round (first sight: author 0.80, caption 0.87, teaser excerpt 0.71, 2 of 10), is held to what
# it reached (TERMINALFOUR's hidden placeholder caption and Mobirise's contact cards under the text are left).
BATCH_FLOORS[39] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 40, after one round (first sight: teasers 0.50-0.80, kind 0.85, date 0.87, title 0.83, 3 of 10), is held to
# what it reached (Baskerville's untitled status posts dated by a link after their text, and YAT's banner picture
# marked as a placeholder, are left).
BATCH_FLOORS[40] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.93)}
# Batch 41, after one round (first sight: author 0.82-0.85, body 0.92, teasers 0.85-0.86, 4 of 10), is held to what
# it reached (Known's stream of untitled notes and photo post, Hostinger's glued US date line and PivotX's
# "Gästskribent" account are left).
BATCH_FLOORS[41] = {**dict.fromkeys(SHORT, 0.94), "title": 0.98, "body_f1": 0.94, **dict.fromkeys(TEASER, 0.88)}
# Batch 42, after two rounds (first sight: author 0.73-0.87, credit 0.87, teasers 0.79-0.81, 2 of 10), is held to
# what it reached (Dreamwidth's usernames and Corporate Clean's caption are left).
BATCH_FLOORS[42] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.97, **dict.fromkeys(TEASER, 0.88)}
# Batch 43, after one round (first sight: author 0.83, date 0.93, credit 0.90, teasers 0.70-0.83, kind 0.93, 3 of
# 10), is held to what it reached (Joomla 1.5's img.caption title, which its caption script prints and the family's
# golden file leaves out, is left).
BATCH_FLOORS[43] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 44, after one round (first sight: credit 0.87, teasers 0.87-0.90, title 0.97, role 0.93, 3 of 10), is held to
# what it reached (Joomla 2.5's img.caption title, as in batch 43, is left).
BATCH_FLOORS[44] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 45, after one round (first sight: author 0.83, role 0.80, caption 0.83, credit 0.87, date 0.87, teasers
# 0.80-0.91, 1 of 10), is held to what it reached (Rebalance's hero repeating the text's captioned picture, and
# Radcliffe 2's sticky post dated by its address though it prints no date, are left).
BATCH_FLOORS[45] = {**dict.fromkeys(SHORT, 0.93), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 46, after one round (first sight: date 0.80, kind 0.93, title 0.90, author 0.90, teasers 0.80-0.92, 5 of 10),
# is held to what it reached (Tiki's "Gör en felanmälan" box read as a post is left).
BATCH_FLOORS[46] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 47, after two rounds (first sight: role 0.83, author, credit and teasers 0.80-0.90, caption 0.93, 5 of 10),
# is held to what it reached (Textpattern's role shared by two signers, and MediaWiki's teaser naming both authors
# where every other golden file names the first, are left).
BATCH_FLOORS[47] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 48, after one round (first sight: author 0.90, role 0.93, caption and credit 0.97, teaser author 0.76, 6 of
# 10), is held to what it reached (Hexo Aurora's organisation tagline as a role, and Jekyll Sleek's titles cut with
# "..." by the template, are left).
BATCH_FLOORS[48] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.97)}
# Batch 49, after one round (first sight: PHP-Nuke's pages read as no article, teasers 0.70, title 0.90, 5 of 10),
# is held to what it reached (PHP-Nuke's news index of bold, unlinked titles, Cascade's chief executive named as
# the <meta> author and in the contact box, Sculpin's teaser naming both authors, are left).
BATCH_FLOORS[49] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.90)}
# Batch 50, after one round (first sight: caption 0.90, credit and role 0.93, teaser author 0.94, kind 0.95, 5 of 10),
# is held to what it reached (OpenBlogware's JSON-LD date, the post's creation three days before the date it prints,
# is left).
BATCH_FLOORS[50] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 51, after one round (first sight: teaser author 0.81, author 0.90, teaser title 0.96, body 0.98, 3 of 10), is
# held to what it reached (DatoCMS's teaser naming both authors of one author record, where the golden files name the
# first, is left).
BATCH_FLOORS[51] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 52, after one round (first sight: Jekyll Contrast's text not found, body 0.89, author 0.80, teasers 0.78-0.90,
# 2 of 10), is held to what it reached (Tridion DXA's list of whole-card links over a carousel, and Drupal 7 Sky's role
# in the "Om skribenten" box, are left).
BATCH_FLOORS[52] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.89)}
# Batch 53, after a short round (first sight: Z-BlogPHP's and a Mailchimp archive's pages barely read, teasers
# 0.66-0.80, author 0.77, kind 0.85, 4 of 10), is held to what it reached (the Mailchimp archive and campaigns, Z-BlogPHP's
# sticky post and its account beside the signature, Cotonti's sidebar contact box, Jekyll Alembic's metadata author are left).
BATCH_FLOORS[53] = {**dict.fromkeys(SHORT, 0.83), "title": 0.98, "body_f1": 0.95, **dict.fromkeys(TEASER, 0.76)}
# Batch 54, after two short rounds (first sight: author 0.80, teaser author 0.79, kind 0.85, date 0.90, 3 of 10), is
# held to what it reached (Obsidian Publish's pages, BlogoText's signer, Zircon's user names on cards, are left).
BATCH_FLOORS[54] = {**dict.fromkeys(SHORT, 0.85), "title": 0.98, "body_f1": 0.97, **dict.fromkeys(TEASER, 0.84)}
# Batch 55, after two short rounds (first sight: teasers 0.81-0.90, author 0.87, date 0.90, 1 of 10), is held to what
# it reached (vBulletin's article pages, Automad's hero line, Ektron's and Nexmoe's captions and authors are left).
BATCH_FLOORS[55] = {**dict.fromkeys(SHORT, 0.89), "title": 0.98, "body_f1": 0.97, **dict.fromkeys(TEASER, 0.97)}
# Batch 56, after its round (first sight: CMSimple_XH's news list, Ayer's pinned label, Archie's signed roles, Hygraph's
# desk on a card; 6 of 10), is held to what it reached.
BATCH_FLOORS[56] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 57, after the first part of its round (first sight: Zenphoto's titles, Mundana's home page, signers over
# accounts; 4 of 10), is held to what it reached.
BATCH_FLOORS[57] = {**dict.fromkeys(SHORT, 0.93), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.97)}
# Batch 58, after its round (first sight: Hyde-Hyde's home page, signers over accounts, Elgg's text; 5 of 10), is held
# to what it reached (two teasers naming both authors, against the golden convention, are left). Since the fortieth
# session T3 Blank's category blog lists its "items-more" titles too, as Protostar's golden (batch 25, the same markup)
# and GOLDEN.md's "the listing's own teasers" ask, though this family's golden leaves them out.
BATCH_FLOORS[58] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.97)}
# Batch 59, after its round (first sight: Hexo Material's pages read as nothing, OpenCart Journal's blog list,
# Tania's signer and caption; 6 of 10), is held to what it reached (Miniblog.Core's teaser naming both authors is left).
BATCH_FLOORS[59] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 60, after its round (first sight: Publify's teaser accounts, Graphy's meta line read as a caption; 8 of 10),
# is held to what it reached.
BATCH_FLOORS[60] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 61, after the first part of its round (first sight: Tistory's and Nanoc's lists, note's cards, Flexible's
# signer; 6 of 10), is held to what it reached.
BATCH_FLOORS[61] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.97, **dict.fromkeys(TEASER, 0.88)}
# Batch 62, after its round (first sight: Sakura's pages, Hux's list and credit, prose.sh's and Publish's signers,
# Acquia Slate's role field; 4 of 10), is held to what it reached (Frappe's whole-card teaser authors are left).
BATCH_FLOORS[62] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.97)}
# Batch 63, after a short round (first sight: Mediator's bylines and list, Blogger Minima's date headers, dasBlog's
# authors; 6 of 10), is held to what it reached (Mediator's featured card, a convention clash, is left).
BATCH_FLOORS[63] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.90)}
# Batch 64, after a short round (first sight: emlog's headline and date, DedeCMS's pages, Agile Records' list; 6 of
# 10), is held to what it reached (DedeCMS, Agile Records' list, emlog's text and Sitejet's role are left).
BATCH_FLOORS[64] = {**dict.fromkeys(SHORT, 0.90), "title": 0.96, "body_f1": 0.97, **dict.fromkeys(TEASER, 0.80)}
# Batch 65, after a short round (first sight: LifeType's headline, livedoor's list dates, Hatena's signer; 6 of 10), is
# held to what it reached (livedoor's caption and Patch Lite's role box are left).
BATCH_FLOORS[65] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.95)}
# Batch 66, after a short round (first sight: Ameba's and OverBlog's signers, Nederburg's yearless list dates; 6 of 10),
# is held to what it reached (OverBlog's desk over a contact line, Nederburg's list and blog.hu's teasers are left).
BATCH_FLOORS[66] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.85)}
# Batch 67, after the start of a round (first sight: JUGEM's, Egloos's and Ezhil's lists, blogg.se's and Eklablog's card
# authors; 5 of 10; Ezhil's, JUGEM's and blogg.se's lists and JUGEM's pages read since: 8 of 10), is held to what it
# reached (Egloos's notice over its list and Eklablog's pages are left).
BATCH_FLOORS[67] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.97, **dict.fromkeys(TEASER, 0.81)}
# Batch 68, after its round (first sight: FC2's pages, Skyrock's list, Seesaa's, Naver's and Hugoplate's signers; 5 of
# 10), is held to what it reached: 10 of 10.
BATCH_FLOORS[68] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 69, after its round (first sight: goo's and Jekyll Lens's lists, cnblogs's pages, Vox's dates, Paperesque's
# excerpts; 4 of 10), is held to what it reached: 10 of 10.
BATCH_FLOORS[69] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 70, after its round (first sight: brunch's list and dates, Cocolog's list, velog's, Cocolog's and Excite's
# signers, Moon's text, Bard's date; 4 of 10), is held to what it reached: 10 of 10.
BATCH_FLOORS[70] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.97, **dict.fromkeys(TEASER, 0.98)}
# Batch 71, after its round (first sight: Drupal 10 Byte's list and signers, DoIt's caption, Dinky's card author; 7 of
# 10), is held to what it reached: 10 of 10.
BATCH_FLOORS[71] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 72, after a short round (first sight: Hinode's list, academicpages' sidebar author, Astro Accessible's cards and
# role, Breakdance's text, Garfunkel's role; 5 of 10), is held to what it reached: 6 of 10 (Hinode's list, academicpages'
# date, Astro Accessible's avatar role and Garfunkel's "Författare" are left).
BATCH_FLOORS[72] = {**dict.fromkeys(SHORT, 0.89), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.89)}
# Batch 73, after a short round (first sight: SP Page Builder's, Assembler's and Fameup's lists, Astro Nano's headline,
# Geekblog's credit; 5 of 10), is held to what it reached: 8 of 10 (Assembler's and Fameup's lists are left).
BATCH_FLOORS[73] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.79)}
# Batch 74, after its round (first sight: VuePress Reco's pages, Zola Serene's year list, Twenty Twenty-Three's card
# account; 6 of 10), is held to what it reached: 9 of 10 (the post-author block's "Skribent" label read as a role is
# left: Municipio's golden calls its "Författare" a role).
BATCH_FLOORS[74] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 75, after its round (first sight: CSDN's pages and list, Tara's company byline, Async's header labels; 7 of
# 10), is held to what it reached: 9 of 10 (Async's caption, whose golden drops the sentence's full stop, is left).
BATCH_FLOORS[75] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 76, after its round (first sight: MemE's signer and roles, Jianshu's account, credit and list dates, Solo's
# card author; 7 of 10), is held to what it reached: 10 of 10.
BATCH_FLOORS[76] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 77, after its round (first sight: Zhihu's signer, Herald's closing credit line, Yun's and NexT's excerpts; 6 of
# 10), is held to what it reached: 10 of 10.
BATCH_FLOORS[77] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 78, after its round (first sight: After Dark's and Bedford's lists, Reimu's, After Dark's and Centrarium's
# credits, Juejin's list, Hello Biz's signer; 4 of 10), is held to what it reached: 8 of 10 (After Dark's caption, whose
# golden drops the full stop, and Juejin's relative dates, dated only in the page's script state, are left).
BATCH_FLOORS[78] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.97)}
# Batch 79, after its round (first sight: Sina's pages and list, Solitude's list and metadata author, Tailwind's card
# authors, Argon's shared role; 5 of 10), is held to what it reached: 8 of 10 (Uno's excerpts, whose golden keeps a
# credit and a byline printed as excerpts, and Sina's owner as the unsigned post's author are left).
BATCH_FLOORS[79] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.97)}
# Batch 80, after a short round (first sight: Tufte's margin notes and figures, SegmentFault's account, Inside's custom
# copyright line, OpenPublish's profile roles; 6 of 10), is held to what it reached: 7 of 10 (SegmentFault's glued
# account before a relative date, OpenPublish's job titles from the profile box and Tufte's list are left).
BATCH_FLOORS[80] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.97)}
# Batch 81, after a short round (first sight: Movable Type Rainier's list, Qiita's pages, Archer's credits, Faust's two
# authors, Notepadium's external-link title mark; 5 of 10), is held to what it reached: 8 of 10 (Qiita's handle with its
# name in brackets and Faust's second author beside a one-author metadata are left).
BATCH_FLOORS[81] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 82, after a short round (first sight: Pudhina's subtitles, Joe's card layouts, organisation bylines on Rishi and
# PyroCMS, captions on Ficurinia and Joe; 4 of 10), is held to what it reached: 7 of 10 (Pudhina, Ficurinia's caption
# and Zenn's text are left).
BATCH_FLOORS[82] = {**dict.fromkeys(SHORT, 0.93), "title": 0.96, "body_f1": 0.97, **dict.fromkeys(TEASER, 0.98)}
# Batch 83, after a short round (first sight: hello-friend's role in the byline, the Notion starter kit's captions and
# card authors; 8 of 10), is held to what it reached: 9 of 10 (the Notion starter kit is left).
BATCH_FLOORS[83] = {**dict.fromkeys(SHORT, 0.93), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.96)}
# Batch 84, after its round (5 of 10 at first sight, 10 of 10 in-sample).
BATCH_FLOORS[84] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 85, after its round (6 of 10 at first sight, 10 of 10 in-sample).
BATCH_FLOORS[85] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 86, after its round (5 of 10 at first sight, 10 of 10 in-sample).
BATCH_FLOORS[86] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 87, after its round (5 of 10 at first sight, 9 of 10 in-sample; Esteem's role from a bio's first sentence left).
BATCH_FLOORS[87] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 88, after a short round (5 of 10 at first sight, 6 of 10 in-sample; Casper's and Kasper's desks, WeChat's
# authors and list, the blogging plugin's excerpts left).
BATCH_FLOORS[88] = {**dict.fromkeys(SHORT, 0.78), "title": 0.98, "body_f1": 0.88, **dict.fromkeys(TEASER, 0.68)}
# Batch 89, after a short round (4 of 10 at first sight, 5 of 10 in-sample; 6 of 10 after risotto's signer,
# Mirror's writers and Webiny's role next session; Mirror's and Webiny's card authors, Kactus's list and site
# byline, ImpressPages' caption left).
BATCH_FLOORS[89] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.86)}
# Batch 90, after a short round (5 of 10 at first sight, 8 of 10 in-sample; Karuna's captionless featured image
# over a captioned body picture, Cecil's excerpt of two paragraphs left).
BATCH_FLOORS[90] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 91, after a short round (6 of 10 at first sight, 8 of 10 in-sample; Attila's bio boxes read as roles and
# Unite's card bylines hidden by its external stylesheet left).
BATCH_FLOORS[91] = {**dict.fromkeys(SHORT, 0.96), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98),
                    "teaser_author_name": 0.89}
# Batch 92, after its round (4 of 10 at first sight, 10 of 10 in-sample).
BATCH_FLOORS[92] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 93, after its round (4 of 10 at first sight, 9 of 10 in-sample; Discourse's category page, whose golden
# leaves a topic's last-activity date out, left).
BATCH_FLOORS[93] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98),
                    "teaser_published": 0.97}
# Batch 94, after a short round (5 of 10 at first sight, 6 of 10 in-sample, 8 after Hugo Monochrome's postcards and
# Kontent.ai's list under its "Mest läst" strip next session; two lists left: devlopr's cards titled by an unlinked
# heading over a "Read" button, Steemit's handles with their reputation).
BATCH_FLOORS[94] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98,
                    "teaser_title": 0.9, "teaser_published": 0.98, "teaser_excerpt": 0.98, "teaser_author_name": 0.9,
                    "teaser_author_role": 0.98}
# Batch 95, after its round (5 of 10 at first sight, 8 of 10 in-sample; Discuz's publisher field "Utgivare:" as the
# only byline and Habr's handles, relative dates and hub feed, written from the helper's memory, left).
BATCH_FLOORS[95] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.9),
                    "author_name": 0.9, "kind": 0.97, "teaser_author_role": 0.98}
# Batch 96, after a short round (7 of 10 at first sight, 9 of 10 in-sample; VK's article list, written from the
# helper's memory, left).
BATCH_FLOORS[96] = {**dict.fromkeys(SHORT, 0.98), "title": 0.98, "body_f1": 0.98, **dict.fromkeys(TEASER, 0.9),
                    "kind": 0.97, "teaser_published": 0.9}
# Batch 97, after its round (6 of 10 at first sight, 9 of 10 in-sample; Ghost Fizzy's cover shown as a CSS background,
# no caption, over a captioned body picture, left).
BATCH_FLOORS[97] = {**dict.fromkeys(SHORT, 0.98), "photo_credit": 0.96, "image_caption": 0.96, "title": 0.98,
                    "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 98, after its round (2 of 10 at first sight, 8 of 10 in-sample; Hexo Obsidian's side-column profile read as
# the byline against the page's <meta name=author>, and Canard's side-column bio as a role, left).
BATCH_FLOORS[98] = {**dict.fromkeys(SHORT, 0.98), "author_name": 0.93, "author_role": 0.93, "title": 0.98,
                    "body_f1": 0.98, **dict.fromkeys(TEASER, 0.98)}
# Batch 99, after a short round (1 of 10 at first sight, 5 of 10 in-sample; left: Gatsby Hero Blog's cards'
# authors, Eleventy Netlify Jumpstart's lead in the hero's <h2>, the lists' undated sticky posts).
BATCH_FLOORS[99] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                    "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                    "teaser_published": 0.96, "teaser_excerpt": 0.98, "teaser_author_name": 0.91}
# Batch 100 (5 of 10 at first sight, 7 of 10 after its rounds, in-sample; captions in a picture's title attribute
# and under a thumbnail, a plain caption box under a picture, JA Teline's articles left).
BATCH_FLOORS[100] = {"title": 0.98, "published": 0.96, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.96,
                     "image_caption": 0.93, "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98, "teaser_author_name": 0.98}
# Batch 101 (2 of 10 at first sight, 5 of 10 after its round, in-sample; the Zox News and Guardian lists, BBC
# Simorgh's hidden labels, R distill's appendix and SimpleSite's whole-post excerpts left).
BATCH_FLOORS[101] = {"title": 0.98, "published": 0.98, "author_name": 0.93, "author_role": 0.9, "photo_credit": 0.9,
                     "image_caption": 0.93, "kind": 0.98, "body_f1": 0.95, "teaser_article_url": 0.8, "teaser_title": 0.79,
                     "teaser_published": 0.76, "teaser_excerpt": 0.78, "teaser_author_name": 0.91}
# Batch 102 (5 of 10 at first sight, 8 of 10 after its round, in-sample; Franklin's licence-line author and
# Harp's site-name fallback author left).
BATCH_FLOORS[102] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98, "teaser_author_name": 0.97}
# Batch 103 (6 of 10 at first sight, 9 of 10 after its round, in-sample; Patreon's list with its locked posts and
# its creator as the byline left).
BATCH_FLOORS[103] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.91, "teaser_title": 0.91,
                     "teaser_published": 0.91, "teaser_excerpt": 0.91, "teaser_author_name": 0.95}
# (teaser_author_name 0.97 until the thirty-first session: Patreon's membership tier card in the side column, read
# as a teaser, matched one of the golden's by its date and scored its empty author; it is no teaser now.)
# Batch 104 (5 of 10 at first sight, 8 of 10 after its round, in-sample; Mintlify's changelog entries read as
# teasers and Outstatic's caption "Johan Sundqvist." left).
BATCH_FLOORS[104] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.96, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.92, "teaser_title": 0.92,
                     "teaser_published": 0.92, "teaser_excerpt": 0.92, "teaser_author_name": 0.94}
# Batch 105 (5 of 10 at first sight, 7 of 10 after its round, in-sample; Emulsify's role above the name, Eleventy
# Notes' panel authors and list excerpts, Notified's organisation as the byline left).
BATCH_FLOORS[105] = {"title": 0.98, "published": 0.98, "author_name": 0.9, "author_role": 0.9, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.9, "teaser_author_name": 0.98}
# Batch 106 (4 of 10 at first sight, 8 of 10 after its round, in-sample; the Instant Articles plugin's RSS feed
# as a listing and ikiwiki's creation date in an HTML comment left).
BATCH_FLOORS[106] = {"title": 0.98, "published": 0.93, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.92, "body_f1": 0.98, "teaser_article_url": 0.9, "teaser_title": 0.9,
                     "teaser_published": 0.9, "teaser_excerpt": 0.9, "teaser_author_name": 0.9}
# Batch 107 (2 of 10 at first sight, 5 of 10 after its round, in-sample; Designsystemet's contributors, Haunt's
# title-and-date links, listmonk's visual template, Statocles' cross-post line, XenForo's article previews left).
BATCH_FLOORS[107] = {"title": 0.96, "published": 0.98, "author_name": 0.9, "author_role": 0.96, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.95, "body_f1": 0.98, "teaser_article_url": 0.9, "teaser_title": 0.8,
                     "teaser_published": 0.9, "teaser_excerpt": 0.76, "teaser_author_name": 0.77}
# Batch 108 (2 of 10 at first sight, 3 of 10 after a short round, in-sample; lists left: Gesso's "Utvalt" card,
# Plume's and Yukina's cards, Altinget's debate writers; ZOO's "Related Articles" read as a signature).
BATCH_FLOORS[108] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.86, "teaser_title": 0.84,
                     "teaser_published": 0.86, "teaser_excerpt": 0.86, "teaser_author_name": 0.89}
# Batch 109 (4 of 10 at first sight, 5 of 10 after a very short round, in-sample; the Regeringen.se-style and
# Stockholms stad-style lists, Nicepage's credited body picture under an uncaptioned featured one left).
BATCH_FLOORS[109] = {"title": 0.98, "published": 0.98, "author_name": 0.9, "author_role": 0.98, "photo_credit": 0.96,
                     "image_caption": 0.96, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.8, "teaser_title": 0.8,
                     "teaser_published": 0.8, "teaser_excerpt": 0.8, "teaser_author_name": 0.88}
# Batch 110 (2 of 10 at first sight, 3 of 10 after a very short round, in-sample; the lists of eleventy-garden,
# Hexo Bamboo, Astro Spectre and HSB, Chulapa's struck-through date, NRK's fold-out fact box left).
BATCH_FLOORS[110] = {"title": 0.98, "published": 0.96, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.93,
                     "image_caption": 0.96, "kind": 0.95, "body_f1": 0.98, "teaser_article_url": 0.8, "teaser_title": 0.8,
                     "teaser_published": 0.8, "teaser_excerpt": 0.6, "teaser_author_name": 0.8}
# Batch 111 (4 of 10 at first sight, 5 of 10 after a short round, in-sample; Boverket's "Sidan är skapad av"
# unit, WriteFreely's blog title as author, Dagens Samhälle's signatories, the Cision press room's bodies left).
BATCH_FLOORS[111] = {"title": 0.98, "published": 0.98, "author_name": 0.9, "author_role": 0.96, "photo_credit": 0.96,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.97, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98, "teaser_author_name": 0.98}
# Batch 112 (6 of 10 at first sight, 9 of 10 after its round, in-sample; Super.so's bodies left).
BATCH_FLOORS[112] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98, "teaser_author_name": 0.98}
# Batch 113 (5 of 10 at first sight, 7 of 10 after its round, in-sample; TV4's "Av TV4 Nyheterna" (the site's
# name as its desk), BookStack's "Skapad … av" user, TiddlyWiki's caption-titled tiddler left).
BATCH_FLOORS[113] = {"title": 0.96, "published": 0.93, "author_name": 0.9, "author_role": 0.96, "photo_credit": 0.98,
                     "image_caption": 0.96, "kind": 0.95, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98, "teaser_author_name": 0.98}
# Batch 114 (3 of 10 at first sight, 6 of 10 after a short round, in-sample; Wiki.js' text inside its <template>,
# Logseq's properties and sidebar dates, Outline's shared collection, HD's "Name: headline" columns left).
BATCH_FLOORS[114] = {"title": 0.98, "published": 0.8, "author_name": 0.83, "author_role": 0.9, "photo_credit": 0.93,
                     "image_caption": 0.96, "kind": 0.87, "body_f1": 0.92, "teaser_article_url": 0.8, "teaser_title": 0.78,
                     "teaser_published": 0.8, "teaser_excerpt": 0.78, "teaser_author_name": 0.78}
# Batch 115 (6 of 10 at first sight, 7 of 10 after a short round, in-sample; Corren's photographer in the byline,
# Stena's Mynewsdesk blurb in the body left).
BATCH_FLOORS[115] = {"title": 0.98, "published": 0.98, "author_name": 0.93, "author_role": 0.93, "photo_credit": 0.98,
                     "image_caption": 0.96, "kind": 0.98, "body_f1": 0.96, "teaser_article_url": 0.9, "teaser_title": 0.9,
                     "teaser_published": 0.9, "teaser_excerpt": 0.9, "teaser_author_name": 0.9}
# Batch 116 (2 of 10 at first sight, 3 of 10 after a very short round, in-sample; Abridge's meta line set as the
# <article>'s own text, Lotus Docs' authors, Juice's headline in a description <div>, Handsome's credit left).
BATCH_FLOORS[116] = {"title": 0.96, "published": 0.93, "author_name": 0.9, "author_role": 0.9, "photo_credit": 0.96,
                     "image_caption": 0.98, "kind": 0.95, "body_f1": 0.97, "teaser_article_url": 0.9, "teaser_title": 0.9,
                     "teaser_published": 0.9, "teaser_excerpt": 0.82, "teaser_author_name": 0.85}
BATCH_FLOORS[117] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98, "teaser_author_name": 0.98}
BATCH_FLOORS[118] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98, "teaser_author_name": 0.98}
BATCH_FLOORS[119] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.96, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98, "teaser_author_name": 0.97}
BATCH_FLOORS[120] = {"title": 0.98, "published": 0.93, "author_name": 0.9, "author_role": 0.9, "photo_credit": 0.98,
                     "image_caption": 0.96, "kind": 0.95, "body_f1": 0.98, "teaser_article_url": 0.9, "teaser_title": 0.9,
                     "teaser_published": 0.9, "teaser_excerpt": 0.9, "teaser_author_name": 0.92}
BATCH_FLOORS[121] = {"title": 0.96, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98, "teaser_author_name": 0.97}
BATCH_FLOORS[122] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98,
                     "teaser_title": 0.98, "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[123] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98,
                     "teaser_title": 0.98, "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[124] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98,
                     "teaser_title": 0.98, "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[125] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98,
                     "teaser_title": 0.98, "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[126] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98,
                     "teaser_title": 0.98, "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[127] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98,
                     "teaser_title": 0.98, "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[128] = {"title": 0.93, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98,
                     "teaser_title": 0.98, "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[129] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98,
                     "image_caption": 0.98, "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98,
                     "teaser_title": 0.98, "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[130] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[131] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.95, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[132] = {"title": 0.98, "published": 0.96, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[133] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[134] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[135] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[136] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[137] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.91, "teaser_title": 0.91,
                     "teaser_published": 0.82, "teaser_excerpt": 0.91,
                     "teaser_author_name": 0.97}
BATCH_FLOORS[138] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[139] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[140] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.90, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[141] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[142] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[143] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[144] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.96, "teaser_title": 0.96,
                     "teaser_published": 0.86, "teaser_excerpt": 0.96,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[145] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.80, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[146] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.90, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[147] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.96,
                     "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.90, "teaser_title": 0.90,
                     "teaser_published": 0.90, "teaser_excerpt": 0.90,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[148] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.92, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.96}
BATCH_FLOORS[149] = {"title": 0.98, "published": 0.96, "author_name": 0.93, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[150] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[151] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.80, "teaser_title": 0.80,
                     "teaser_published": 0.80, "teaser_excerpt": 0.80,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[152] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[153] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[154] = {"title": 0.98, "published": 0.96, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[155] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[156] = {"title": 0.98, "published": 0.96, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.80, "teaser_title": 0.80,
                     "teaser_published": 0.80, "teaser_excerpt": 0.81,
                     "teaser_author_name": 0.95}
BATCH_FLOORS[157] = {"title": 0.98, "published": 0.98, "author_name": 0.93, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.91,
                     "teaser_published": 0.98, "teaser_excerpt": 0.91,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[158] = {"title": 0.98, "published": 0.98, "author_name": 0.93, "author_role": 0.93, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.91,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[159] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[160] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[161] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.90, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[162] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.90, "teaser_excerpt": 0.90,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[163] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.90, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[164] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[165] = {"title": 0.98, "published": 0.98, "author_name": 0.93, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[166] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[167] = {"title": 0.98, "published": 0.98, "author_name": 0.93, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[168] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[169] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[170] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[171] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[172] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[173] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[174] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[175] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.97, "teaser_title": 0.97,
                     "teaser_published": 0.97, "teaser_excerpt": 0.97,
                     "teaser_author_name": 0.97}
BATCH_FLOORS[176] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[177] = {"title": 0.98, "published": 0.96, "author_name": 0.90, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[178] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.91}
BATCH_FLOORS[179] = {"title": 0.98, "published": 0.98, "author_name": 0.93, "author_role": 0.96, "photo_credit": 0.96, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[180] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.86, "image_caption": 0.86,
                     "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.90,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.90}
BATCH_FLOORS[181] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.94, "teaser_title": 0.94,
                     "teaser_published": 0.94, "teaser_excerpt": 0.94,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[182] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.93,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.90, "teaser_title": 0.90,
                     "teaser_published": 0.90, "teaser_excerpt": 0.90,
                     "teaser_author_name": 0.96}
BATCH_FLOORS[183] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[184] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[185] = {"title": 0.96, "published": 0.98, "author_name": 0.76, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.95, "teaser_article_url": 0.86, "teaser_title": 0.86,
                     "teaser_published": 0.83, "teaser_excerpt": 0.87,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[186] = {"title": 0.98, "published": 0.98, "author_name": 0.86, "author_role": 0.93, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.90, "teaser_title": 0.90,
                     "teaser_published": 0.90, "teaser_excerpt": 0.90,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[187] = {"title": 0.98, "published": 0.96, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.96, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.95, "teaser_title": 0.95,
                     "teaser_published": 0.95, "teaser_excerpt": 0.95,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[188] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[189] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.93,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[190] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.86, "photo_credit": 0.98, "image_caption": 0.93,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.90, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[191] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[192] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[193] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[194] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[195] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[196] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[197] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[198] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[199] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[200] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[201] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[202] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.96,
                     "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.97}
BATCH_FLOORS[203] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.96, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.93}
BATCH_FLOORS[204] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[205] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[206] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[207] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[208] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[209] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[210] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[211] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[212] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[213] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[214] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.96, "teaser_title": 0.96,
                     "teaser_published": 0.91, "teaser_excerpt": 0.96,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[215] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[216] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[217] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[218] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[219] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[220] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[221] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[222] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[223] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[224] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[225] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[226] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[227] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[228] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[229] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[230] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[231] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[232] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[233] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[234] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[235] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[236] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[237] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[238] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[239] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[240] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[241] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[242] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[243] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[244] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[245] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[246] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[247] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[248] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[249] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.96, "teaser_title": 0.96,
                     "teaser_published": 0.96, "teaser_excerpt": 0.96,
                     "teaser_author_name": 0.96}
BATCH_FLOORS[250] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[251] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[252] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[253] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.94, "teaser_title": 0.94,
                     "teaser_published": 0.98, "teaser_excerpt": 0.94,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[254] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.90}
BATCH_FLOORS[255] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[256] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[257] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[258] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[259] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[260] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[261] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[262] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[263] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[264] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[265] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[266] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[267] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[268] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[269] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[270] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[271] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[272] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[273] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[274] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[275] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[276] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[277] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[278] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[279] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[280] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[281] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[282] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[283] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[284] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.90, "teaser_title": 0.90,
                     "teaser_published": 0.98, "teaser_excerpt": 0.90,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[285] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[286] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[287] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[288] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[289] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[290] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[291] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[292] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[293] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[294] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[295] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[296] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[297] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[298] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[299] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[300] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[301] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[302] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[303] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[304] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[305] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[306] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[307] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[308] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[309] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[310] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[311] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[312] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[313] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[314] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[315] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[316] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[317] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[318] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
# Batch 319, after a short round at the fortieth session's end (first sight: a statement's press contacts read as its
# signer, their numbers in threes not read as numbers; 9 of 10), is held to what it reached (a Squarespace "Läs
# också" block mid-text still ends one body early).
BATCH_FLOORS[319] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[320] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[321] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[322] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[323] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[324] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[325] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[326] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[327] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.97, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[328] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[329] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[330] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[331] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[332] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[333] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[334] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[335] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[336] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[337] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[338] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[339] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[340] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[341] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[342] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[344] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[345] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[346] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[347] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[348] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[343] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[349] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[350] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[351] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[352] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[353] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[354] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[355] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[356] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[357] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[358] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[360] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[361] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[359] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[362] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[363] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[364] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[365] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[366] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[367] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[369] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[370] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[371] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[368] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[372] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[373] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.97,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[374] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[375] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[376] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[377] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[378] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[379] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[380] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[381] = {"title": 0.98, "published": 0.96, "author_name": 0.96, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.96,
                     "kind": 0.97, "body_f1": 0.98, "teaser_article_url": 0.91, "teaser_title": 0.91,
                     "teaser_published": 0.97, "teaser_excerpt": 0.91,
                     "teaser_author_name": 0.97}
BATCH_FLOORS[382] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[383] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[384] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[391] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[385] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.86, "teaser_title": 0.86,
                     "teaser_published": 0.88, "teaser_excerpt": 0.84,
                     "teaser_author_name": 0.90}
BATCH_FLOORS[386] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.96, "photo_credit": 0.96, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[387] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[388] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.96, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.90, "teaser_title": 0.90,
                     "teaser_published": 0.90, "teaser_excerpt": 0.90,
                     "teaser_author_name": 0.90}
BATCH_FLOORS[389] = {"title": 0.98, "published": 0.90, "author_name": 0.98, "author_role": 0.86, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.97, "body_f1": 0.96, "teaser_article_url": 0.93, "teaser_title": 0.92,
                     "teaser_published": 0.90, "teaser_excerpt": 0.83,
                     "teaser_author_name": 0.83}
BATCH_FLOORS[390] = {"title": 0.98, "published": 0.98, "author_name": 0.93, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.90}
BATCH_FLOORS[392] = {"title": 0.98, "published": 0.98, "author_name": 0.98, "author_role": 0.98, "photo_credit": 0.98, "image_caption": 0.98,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
BATCH_FLOORS[393] = {"title": 0.98, "published": 0.98, "author_name": 0.96, "author_role": 0.96, "photo_credit": 0.98, "image_caption": 0.96,
                     "kind": 0.98, "body_f1": 0.98, "teaser_article_url": 0.98, "teaser_title": 0.98,
                     "teaser_published": 0.98, "teaser_excerpt": 0.98,
                     "teaser_author_name": 0.98}
FAILING_FAMILIES = {1: 0, 2: 1, 3: 2, 4: 2, 5: 2, 6: 1, 7: 4, 8: 2, 9: 2, 10: 5, 11: 4, 12: 1, 13: 2, 14: 3,
                    15: 0, 16: 2, 17: 0, 18: 1, 19: 2, 20: 0, 21: 2, 22: 4, 23: 0,
                    24: 1, 25: 1, 26: 0, 27: 2, 28: 0, 29: 0, 30: 1, 31: 2, 32: 1, 33: 1, 34: 2, 35: 1, 36: 0, 37: 1, 38: 1, 39: 2, 40: 2, 41: 2, 42: 3, 43: 1, 44: 1, 45: 2, 46: 0, 47: 0, 48: 2, 49: 1, 50: 1, 51: 0, 52: 1, 53: 5, 54: 1, 55: 3, 56: 1, 57: 3, 58: 2, 59: 0, 60: 0, 61: 2, 62: 1, 63: 3, 64: 3, 65: 2, 66: 2, 67: 2, 68: 0, 69: 0, 70: 0, 71: 0, 72: 4, 73: 2, 74: 1, 75: 1, 76: 0, 77: 0, 78: 2, 79: 2, 80: 3, 81: 1, 82: 2, 83: 1, 84: 0, 85: 0, 86: 0, 87: 1, 88: 3, 89: 3, 90: 2, 91: 2, 92: 0, 93: 1, 94: 2, 95: 2, 96: 1, 97: 1, 98: 2, 99: 5, 100: 3, 101: 5, 102: 2, 103: 1, 104: 2, 105: 3, 106: 2, 107: 5, 108: 6, 109: 4, 110: 4, 111: 3, 112: 1, 113: 3, 114: 4, 115: 1, 116: 4, 117: 0, 118: 1, 119: 0, 120: 1, 121: 2, 122: 0, 123: 0, 124: 0, 125: 0, 126: 0, 127: 0, 128: 1, 129: 0, 130: 1, 131: 1, 132: 1, 133: 0, 134: 0, 135: 0, 136: 0, 137: 2, 138: 1, 139: 0, 140: 1, 141: 0, 142: 0, 143: 0, 144: 2, 145: 2, 146: 1, 147: 1, 148: 2, 149: 3, 150: 0, 151: 2, 152: 0, 153: 0, 154: 1, 155: 0, 156: 3, 157: 2, 158: 1, 159: 0, 160: 0, 161: 1, 162: 0, 163: 1, 164: 0, 165: 1, 166: 0, 167: 1, 168: 0, 169: 0, 170: 0, 171: 1, 172: 0, 173: 0, 174: 0, 175: 1, 176: 1, 177: 1, 178: 0, 179: 0, 180: 1, 181: 1, 182: 1, 183: 0, 184: 2, 185: 1, 186: 1, 187: 2, 188: 1, 189: 0, 190: 3, 191: 1, 192: 0, 193: 0, 194: 1, 195: 0, 196: 0, 197: 0, 198: 0, 199: 1, 200: 0, 201: 1, 202: 2, 203: 1, 204: 0, 205: 0, 206: 0, 207: 0, 208: 0, 209: 0, 210: 1, 211: 0, 212: 0, 213: 0, 214: 1, 215: 0, 216: 0, 217: 0, 218: 0, 219: 0, 220: 0, 221: 0, 222: 0, 223: 0, 224: 0, 225: 0, 226: 0, 227: 0, 228: 0, 229: 0, 230: 0, 231: 0, 232: 0, 233: 0, 234: 0, 235: 1, 236: 0, 237: 0, 238: 0, 239: 0, 240: 0, 241: 0, 242: 0, 243: 0, 244: 0, 245: 0, 246: 0, 247: 0, 248: 0, 249: 0, 250: 0, 251: 0, 252: 0, 253: 1, 254: 1, 255: 0, 256: 0, 257: 1, 258: 0, 259: 2, 260: 0, 261: 0, 262: 0, 263: 0, 264: 0, 265: 0, 266: 0, 267: 0, 268: 0, 269: 0, 270: 0, 271: 0, 272: 0, 273: 0, 274: 0, 275: 0, 276: 0, 277: 0, 278: 0, 279: 0, 280: 0, 281: 0, 282: 0, 283: 0, 284: 1, 285: 0, 286: 0, 287: 0, 288: 0, 289: 0, 290: 0, 291: 0, 292: 0, 293: 1, 294: 0, 295: 0, 296: 0, 297: 0, 298: 0, 299: 0, 300: 0, 301: 0, 302: 0, 303: 0, 304: 0, 305: 1, 306: 0, 307: 0, 308: 0, 309: 0, 310: 0, 311: 0, 312: 0, 313: 0, 314: 0, 315: 0, 316: 0, 317: 0, 318: 0, 319: 0, 320: 0, 321: 0, 322: 0, 323: 0, 324: 0, 325: 0, 326: 0, 327: 0, 328: 0, 329: 0, 330: 0, 331: 1, 332: 0, 333: 0, 334: 1, 335: 0, 336: 0, 337: 0, 338: 1, 339: 0, 340: 1, 341: 1, 342: 0, 343: 0, 344: 0, 345: 0, 346: 0, 347: 0, 348: 0, 349: 0, 350: 0, 351: 0, 352: 0, 353: 0, 354: 0, 355: 0, 356: 0, 357: 0, 358: 0, 359: 0, 360: 1, 361: 0, 362: 0, 363: 0, 364: 0, 365: 0, 366: 0, 367: 0, 368: 0, 369: 0, 370: 0, 371: 0, 372: 0, 373: 1, 374: 0, 375: 1, 376: 0, 377: 0, 378: 0, 379: 1, 380: 0, 381: 2, 382: 0, 383: 0, 384: 0, 385: 2, 386: 2, 387: 1, 388: 2, 389: 2, 390: 1, 391: 0, 392: 1, 393: 2}  # at most this many families below 0.95 on some field


@pytest.fixture(scope="module", params=sorted(BATCHES))
def batch(request) -> tuple[int, dict[str, dict[str, float]]]:
    pages = golden_pages(BATCHES[request.param])
    assert len({p["family"] for p in pages}) >= 10 and len(pages) >= 40
    return request.param, score(pages, parse_in(ROOT, pages))["families"]


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_no_field_falls_below_its_floor(batch, field):
    number, families = batch
    floor = BATCH_FLOORS.get(number, FLOORS)[field]
    assert mean(scores[field] for scores in families.values()) >= floor


def test_nearly_every_family_is_right_on_every_field(batch):
    number, families = batch
    failing = [family for family, scores in families.items() if not family_passes(scores)]
    assert len(failing) <= FAILING_FAMILIES[number], failing


def test_every_family_has_articles_and_a_listing(batch):
    for family, scores in batch[1].items():
        assert "body_f1" in scores and "teaser_title" in scores, family


def test_a_teasers_whole_byline_in_the_golden_counts_as_its_first_author():
    """GOLDEN.md's author_name is the first author; twelve listing goldens wrote the card's whole byline."""
    from bench.firstsight import same_convention
    assert same_convention("author_name", "Lina Ek", "Lina Ek och Omar Said")
    assert not same_convention("author_name", "Omar Said", "Lina Ek och Omar Said")
    assert not same_convention("author_name", "Lina Ek", "Lina Ekholm")
