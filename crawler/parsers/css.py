"""The site profile's CSS selectors, answered from a one-pass index of the tree.

Matching each selector with an XPath scan of the whole tree took a third of
the parser's time. `TreeIndex` walks the tree once, filing elements
by tag, class and attribute name; a selector made of type, class, id and
attribute tests joined by descendant or child combinators is then answered by
looking up each part's index entry and checking the few candidates. Any other CSS
(pseudo-classes, sibling combinators, lists) falls back to lxml's cssselect,
compiled once. Either way the answer is what ``CSSSelector(sel)(element)``
gives: the matching elements in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from cssselect import SelectorError, parser
from lxml import etree
from lxml.cssselect import CSSSelector

Element = etree._Element

_XML_SPACE = re.compile(r"[^ \t\r\n]+")  # XPath's normalize-space() knows only these four
_NON_WHITESPACE = re.compile(r"^[^ \t\r\n\f]+$")  # cssselect's test for a usable [attr~=value]


def xml_tokens(value: str | None) -> list[str]:
    """A class or rel attribute's words, split as XPath splits them."""
    if not value:
        return []
    # printable text has no whitespace but " ", where str.split() and XPath agree
    return value.split() if value.isprintable() else _XML_SPACE.findall(value)


@dataclass(frozen=True)
class Compound:
    """One element test: type, classes and attribute conditions (an #id is [id=...])."""

    tag: str | None  # None: any element
    classes: tuple[str, ...] = ()
    attributes: tuple[tuple[str, str, str], ...] = ()  # (name, operator, value)


def _attribute_matches(actual: str | None, op: str, value: str) -> bool:
    """[name op value] as cssselect's XPath judges it."""
    if actual is None:
        return False
    if op == "exists":
        return True
    if op == "=":
        return actual == value
    if op == "~=":
        return bool(_NON_WHITESPACE.match(value)) and value in xml_tokens(actual)
    if op == "|=":
        return actual == value or actual.startswith(value + "-")
    if op == "^=":
        return bool(value) and actual.startswith(value)
    if op == "$=":
        return bool(value) and actual.endswith(value)
    if op == "*=":
        return bool(value) and value in actual
    raise ValueError(f"unsupported attribute operator {op}")


@dataclass(frozen=True)
class Chain:
    """Compounds joined by combinators (" " descendant, ">" child), the subject last."""

    parts: tuple[Compound, ...]
    combinators: tuple[str, ...]  # combinators[i] joins parts[i] and parts[i + 1]
    # what a tree must hold for the chain to match anything: tags, classes, attribute names
    tags: frozenset[str] = field(init=False, compare=False)
    classes: frozenset[str] = field(init=False, compare=False)
    attributes: frozenset[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tags", frozenset(p.tag for p in self.parts if p.tag is not None))
        object.__setattr__(self, "classes", frozenset(c for p in self.parts for c in p.classes))
        object.__setattr__(self, "attributes", frozenset(a[0] for p in self.parts for a in p.attributes))


_ATTRIBUTE_OPS = {"exists", "=", "~=", "|=", "^=", "$=", "*="}


def _compound(tree: parser.Tree) -> Compound | None:
    """The parsed element test, or None when it uses more than this module answers."""
    classes: list[str] = []
    attributes: list[tuple[str, str, str]] = []
    while not isinstance(tree, parser.Element):
        if isinstance(tree, parser.Class) and _NON_WHITESPACE.match(tree.class_name):
            classes.append(tree.class_name)
        elif isinstance(tree, parser.Hash):
            attributes.append(("id", "=", tree.id))
        elif isinstance(tree, parser.Attrib) and tree.namespace is None and not tree.flag \
                and tree.operator in _ATTRIBUTE_OPS:
            attributes.append((tree.attrib, tree.operator, tree.value.value if tree.value else ""))
        else:
            return None
        tree = tree.selector
    if tree.namespace is not None:
        return None
    return Compound(tree.element, tuple(reversed(classes)), tuple(reversed(attributes)))


@lru_cache(maxsize=None)
def compile_selector(sel: str) -> Chain | CSSSelector:
    """A Chain for the selectors this module matches itself, else lxml's CSSSelector."""
    try:
        parsed = parser.parse(sel)
    except SelectorError:
        return CSSSelector(sel)  # raises the same error for the caller to handle
    if len(parsed) != 1 or parsed[0].pseudo_element:
        return CSSSelector(sel)
    tree, parts, combinators = parsed[0].parsed_tree, [], []
    while isinstance(tree, parser.CombinedSelector):
        if tree.combinator not in (" ", ">"):
            return CSSSelector(sel)
        parts.append(tree.subselector)
        combinators.append(tree.combinator)
        tree = tree.selector
    parts.append(tree)
    compounds = [_compound(part) for part in reversed(parts)]
    if any(c is None for c in compounds):
        return CSSSelector(sel)
    return Chain(tuple(compounds), tuple(reversed(combinators)))  # type: ignore[arg-type]


@lru_cache(maxsize=256)
def compile_selectors(selectors: tuple[str, ...]) -> tuple[Chain | CSSSelector, ...]:
    """compile_selector for each, invalid selectors left out (they match nothing)."""
    compiled = []
    for sel in selectors:
        try:
            compiled.append(compile_selector(sel))
        except Exception:
            continue
    return tuple(compiled)


class TreeIndex:
    """Elements of one tree filed by tag, class and attribute name, in document order."""

    def __init__(self, root: Element) -> None:
        self.root = root
        self.elements: list[Element] = []
        self.by_tag: dict[str, list[Element]] = {}
        self.by_class: dict[str, list[Element]] = {}
        self.by_attribute: dict[str, list[Element]] = {}
        self.classes: dict[Element, set[str]] = {}
        by_tag, by_attribute, by_class = self.by_tag, self.by_attribute, self.by_class
        for el in root.iter(etree.Element):  # elements only: no comments or PIs
            self.elements.append(el)
            if el.tag in by_tag:
                by_tag[el.tag].append(el)
            else:
                by_tag[el.tag] = [el]
            for name in el.keys():
                if name in by_attribute:
                    by_attribute[name].append(el)
                else:
                    by_attribute[name] = [el]
        self._position: dict[Element, int] | None = None
        for el in by_attribute.get("class", ()):
            tokens = self.classes[el] = set(xml_tokens(el.get("class")))
            for token in tokens:
                if token in by_class:
                    by_class[token].append(el)
                else:
                    by_class[token] = [el]

    @property
    def position(self) -> dict[Element, int]:
        """Each element's place in document order (built on first use)."""
        if self._position is None:
            self._position = {el: i for i, el in enumerate(self.elements)}
        return self._position

    def candidates(self, compound: Compound) -> list[Element]:
        """The narrowest index entry holding every element that may pass the compound."""
        if compound.classes:
            return self.by_class.get(compound.classes[0], [])
        if compound.attributes:
            return self.by_attribute.get(compound.attributes[0][0], [])
        if compound.tag is not None:
            return self.by_tag.get(compound.tag, [])
        return self.elements

    def matching(self, compound: Compound) -> list[Element]:
        """Elements passing a compound's tests."""
        candidates = self.candidates(compound)
        if not candidates:
            return []
        tag, classes = compound.tag, set(compound.classes)
        tests = len(compound.classes) + len(compound.attributes) + (tag is not None)
        if tests == 0 or (tests == 1 and not (compound.attributes and compound.attributes[0][1] != "exists")):
            return list(candidates)  # the index entry it came from was the only test
        return [el for el in candidates
                if (tag is None or el.tag == tag) and classes <= self.classes.get(el, set())
                and all(_attribute_matches(el.get(name), op, value) for name, op, value in compound.attributes)]

    def select_one(self, sel: str, within: Element | None = None) -> list[Element]:
        """Elements matching one selector, in document order; raises on invalid CSS."""
        return self._select(compile_selector(sel), within)

    def may_match(self, chain: Chain) -> bool:
        """False when a part names a tag, class or attribute this tree does not have."""
        return (self.by_class.keys() >= chain.classes and self.by_tag.keys() >= chain.tags
                and self.by_attribute.keys() >= chain.attributes)

    def _select(self, chain: Chain | CSSSelector, within: Element | None) -> list[Element]:
        if isinstance(chain, CSSSelector):
            return chain(self.root if within is None else within)
        if not self.may_match(chain):
            return []
        # left to right: each part's hits must sit under (" ") or right under (">") the last part's
        hits: list[Element] = []
        for i, compound in enumerate(chain.parts):
            found = self.matching(compound)
            if i == 0:
                hits = found if within is None else [el for el in found if _inside(el, {within})]
            elif chain.combinators[i - 1] == ">":
                above = set(hits)
                hits = [el for el in found if el.getparent() in above]
            else:
                above = set(hits)
                hits = [el for el in found if _inside(el.getparent(), above)]
            if not hits:
                return []
        return hits

    def select(self, selectors: list[str], within: Element | None = None) -> list[Element]:
        """Elements matching the selectors, in selector order then document order."""
        found: dict[Element, None] = {}
        tags, classes, attributes = self.by_tag.keys(), self.by_class.keys(), self.by_attribute.keys()
        for chain in compile_selectors(tuple(selectors)):
            if type(chain) is Chain and not (classes >= chain.classes and tags >= chain.tags
                                             and attributes >= chain.attributes):
                continue  # may_match, inline: most of the profile's selectors fail here
            try:
                hits = self._select(chain, within)
            except Exception:  # a selector lxml cannot run matches nothing
                continue
            if hits:
                found.update(dict.fromkeys(hits))
        return list(found)


def _inside(el: Element | None, boxes: set[Element]) -> bool:
    """True when el is one of the boxes or below one."""
    while el is not None:
        if el in boxes:
            return True
        el = el.getparent()
    return False
