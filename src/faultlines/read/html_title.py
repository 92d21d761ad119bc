"""A page's visible headline, chosen among its headings and the titles its metadata gives.

Candidates: headline elements (h1, [itemprop=headline], .entry-title, .post-title, .headline; not the site's
logo, not in sidebars, menus, footers, comment areas or forms, not a widget's label), og:title, twitter:title,
JSON-LD headline and <title>, each with the site's name cut off either end. A heading that agrees with a
metadata title wins; else the article's own headline element; else what the metadata agree on.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from lxml import etree

from .html_comments import _jsonld_nodes
from .selectors import block_text, select

WIDGET_TITLE = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reply|leave a (?:comment|reply)|join the discussion|"
    r"discussion|post a comment|kommentare?|antworten|related|share|menu|navigation|search|newsletter|"
    r"subscribe|sign up|follow us|you (?:may|might) also like|more from|most (?:read|popular|viewed)|popular|"
    r"trending|recommended|recent (?:posts|comments)|about the author|advertisement|categories|archives|tags)\b",
    re.I)
_SUFFIX = re.compile(r"^(.{12,})\s+(?:[|\u2013\u2014\u00bb:]{1,2}|-|::)\s+([^|\u2013\u2014\u00bb]{2,40})$")
_PARTS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00bb|\u00b7|/)\s+")
_STRONG = ("[itemprop=headline]", "h1.entry-title", "h1.post-title", "article h1", "main h1", "h1.headline",
           "h1.title")
_MARKED = ("[itemprop=headline]", ".entry-title", ".post-title", ".headline", ".article-title", ".story-title",
           ".post-headline")
_WEAK = (".entry-title", ".post-title", "h1")
_LABEL = re.compile(r"^(?:thread|topic|thema|discussion|re)\s*:\s*", re.I)
_AGREEING = ("h2", "h3")  # headings taken only when they agree with a metadata title
_SEPARATOR = re.compile(r"^\s*(?:[|\-\u2013\u2014:\u00bb\u00b7]|::)")
_OPEN_END = re.compile(r"[:,\u2013\u2014-]$")  # a heading cut at a colon or dash continues on the next line
_ASIDE = re.compile(r"(?:^|[\s_-])(?:widget|sidebar|related|comments?|respond|reply-title|newsletter|subscribe|"
                    r"share|sharing|social|footer|menu|promo|teaser|recommend\w*|trending|popular|breadcrumbs?)(?:$|[\s_-])",
                    re.I)
_TAXONOMY = re.compile(r"^(?:category|tag|post|type|format|status|has|page|postid|single|hentry)[-_]", re.I)
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"}
_OUTSIDE = ("aside", "nav", "footer", "form")
_ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle", "AnalysisNewsArticle",
                  "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "ScholarlyArticle", "TechArticle",
                  "SocialMediaPosting", "DiscussionForumPosting", "Posting"}
_BRAND = re.compile(r"(?:^|[\s_-])(?:logo|brand|branding|site-title|site-name|sitename|site-logo|masthead|"
                    r"blog-title|blogtitle|blog-name|navbar|site-description|headerbar)(?:$|[\s_-])", re.I)
_HOME = re.compile(r"^(?:\.?/?|#|\.?/?(?:index|default|home|forum|portal)\.(?:php|html?|aspx?|cgi)(?:\?.*)?)$", re.I)


def norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def _meta(tree: etree._Element, *names: str) -> str | None:
    for name in names:
        for m in tree.iter("meta"):
            if name in ((m.get("property") or "").lower(), (m.get("name") or "").lower()):
                v = (m.get("content") or "").strip()
                if v:
                    return re.sub(r"\s+", " ", v)
    return None


def strip_site_suffix(title: str, site: str | set[str] | None = None) -> str:
    """ "Headline | Site" -> "Headline": a part naming the site comes off either end ("Site: Headline" too),
    then up to two short trailing parts after a separator."""
    title = title.strip()
    sites = {norm(s) for s in ({site} if isinstance(site, str) else site or set()) if norm(s)}
    if sites:
        squashed = {re.sub(r"^the", "", s.replace(" ", "")) for s in sites}
        squashed = {s for s in squashed if len(s) >= 5}

        def names_site(part: str) -> bool:
            key = norm(part)
            return key in sites or any(s in key.replace(" ", "") for s in squashed)

        parts = _PARTS.split(title)
        while len(parts) > 1 and names_site(parts[-1]):
            parts.pop()
        while len(parts) > 1 and names_site(parts[0]):
            parts.pop(0)
        title = " | ".join(parts) if len(parts) > 1 else parts[0]
        head, colon, rest = title.partition(": ")
        if colon and norm(head) in sites and len(rest) >= 12:
            title = rest
    for _ in range(2):
        m = _SUFFIX.match(title)
        if not m or len(m.group(2)) > 0.6 * len(m.group(1)):
            break
        title = m.group(1).strip()
    return title


def agrees(a: str, b: str | None) -> bool:
    """Same headline: equal, one inside the other, or `b` is `a` plus a site part after a separator."""
    if b and b.strip().startswith(a.strip()) and _SEPARATOR.match(b.strip()[len(a.strip()):]):
        return True
    x, y = norm(a), norm(b or "")
    return bool(x) and bool(y) and (x == y or (len(x) >= 12 and x in y) or (len(y) >= 12 and y in x))


def _site_name(el: etree._Element) -> bool:
    """A heading that is the site's logo: most of its text links home, or it sits in a logo/branding block."""
    if any(_BRAND.search(f"{a.get('class', '')} {a.get('id', '')}") for a in (el, *list(el.iterancestors())[:3])):
        return True
    own = len(block_text(el))
    for a in el.iter("a"):
        href = re.sub(r"^(?:https?:)?//[^/]+", "", (a.get("href") or "").strip())
        if (a.get("rel") == "home" or _HOME.match(href)) and len(block_text(a)) >= 0.5 * own:
            return True
    return False


def _in_widget(el: etree._Element) -> bool:
    """A heading in a sidebar, menu, footer, form, comment area or a related/share/subscribe box."""
    for a in (el, *el.iterancestors()):
        if a.tag in ("body", "html"):
            break
        if a.tag in _OUTSIDE:
            return True
        if a is not el and any(_ASIDE.search(token) for token in f"{a.get('class', '')} {a.get('id', '')}".split()
                               if not _TAXONOMY.match(token)):
            return True
        if a.tag in ("article", "main"):  # inside the story; what holds the story is layout
            break
    return False


def _headings(tree: etree._Element, selectors: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for css in selectors:
        for el in select(tree, css):
            if el.tag != "meta" and (_site_name(el) or _in_widget(el)):
                continue
            t = (el.get("content") if el.tag == "meta" else block_text(el).replace("\n", " ")) or ""
            t = _LABEL.sub("", t.strip())
            if 3 <= len(t) <= 300 and not WIDGET_TITLE.match(t) and t not in out:
                out.append(t)
    return out


def site_names(tree: etree._Element, url: str | None = None) -> set[str]:
    """The site's names: og:site_name, application-name, the JSON-LD publisher, the logo heading, the domain."""
    names = {n for n in (_meta(tree, "og:site_name"), _meta(tree, "application-name")) if n}
    for node in _jsonld_nodes(tree):
        for key in ("publisher", "isPartOf"):
            v = node.get(key)
            if isinstance(v, dict) and isinstance(v.get("name"), str):
                names.add(v["name"])
        if node.get("@type") == "WebSite" and isinstance(node.get("name"), str):
            names.add(node["name"])
    for el in select(tree, "h1, .site-title, .site-name, .logo"):
        if _site_name(el) and 0 < len(block_text(el)) <= 60:
            names.add(block_text(el).replace("\n", " "))
    link = next((x.get("href") for x in tree.iter("link") if x.get("rel") == "canonical"), None)
    for u in (url, _meta(tree, "og:url"), link):
        host = urlparse(u or "").netloc.lower().removeprefix("www.")
        labels = host.split(".")
        if len(labels) >= 2:  # the registered name: "ledger" in news.ledger.example and in ledger.co.uk
            names |= {host, labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]}
    return {n for n in names if norm(n)}


def _ld_headline(tree: etree._Element) -> str | None:
    for node in _jsonld_nodes(tree):
        raw = node.get("@type")
        types = {str(x) for x in raw} if isinstance(raw, list) else {str(raw)}
        h = node.get("headline") or (node.get("name") if types & _ARTICLE_TYPES else None)
        if types & _ARTICLE_TYPES and isinstance(h, str) and h.strip():
            return re.sub(r"\s+", " ", h).strip()
    return None


def page_title(tree: etree._Element, extracted: str | None, url: str | None = None) -> str | None:
    """The visible headline: a heading that agrees with a metadata title, else the article's own headline
    element, else og:title / JSON-LD headline, else <title> without the site's name, else the first h1."""
    sites = site_names(tree, url)
    t = tree.find(".//title")
    tag_raw = block_text(t).replace("\n", " ") if t is not None else None
    site_keys = {norm(s) for s in sites}

    def usable(r: str | None) -> str | None:
        c = strip_site_suffix(r, sites) if r else None
        return c if c and norm(c) not in site_keys and not WIDGET_TITLE.match(c) else None

    metas = [c for r in (_meta(tree, "og:title"), _meta(tree, "twitter:title"), _ld_headline(tree)) if (c := usable(r))]
    tag_title = usable(tag_raw)
    clean = [*metas, *([tag_title] if tag_title else [])]
    strong, weak = _headings(tree, _STRONG), _headings(tree, _WEAK)
    # the last part of a "Headline - Board" title names the site when another heading agrees with the first part
    tails = {norm(parts[-1]) for r in (tag_raw, _meta(tree, "og:title")) if r and len(parts := _PARTS.split(r)) > 1}
    headings = (*strong, *weak, *_headings(tree, _AGREEING))
    if any(norm(h) not in tails and any(agrees(h, ref) for ref in clean) for h in headings):
        headings = tuple(h for h in headings if norm(h) not in tails)
    for h in headings:
        for ref in clean:
            if agrees(h, ref):
                if len(norm(h)) > len(norm(ref)) or (_OPEN_END.search(h) and norm(ref).startswith(norm(h))):
                    return ref  # the heading holds more than the headline (a kicker), or less (cut at a colon)
                return h
    if strong:
        return strong[0]
    h1s = _headings(tree, ("h1",))
    if len(h1s) == 1 and len(h1s[0]) >= 12:  # the page's one headline, whatever its sharing title says
        return h1s[0]
    marked = _headings(tree, _MARKED)
    if len(marked) == 1:  # the one element the theme marks as the headline
        return marked[0]
    if metas:
        return metas[0]
    if tag_title and len(tag_title) >= 12:
        return tag_title
    if weak:
        return weak[0]
    if extracted and not WIDGET_TITLE.match(extracted):
        return extracted
    return strip_site_suffix(tag_raw, sites) if tag_raw else None
