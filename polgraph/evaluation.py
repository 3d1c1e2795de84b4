"""Score extracted facts against hand-annotated gold files (the GUIDELINE.md contract)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HONORIFICS = {"sir", "dame", "mr", "mrs", "ms", "miss", "dr", "rt", "hon", "the"}
STOP = {
    "the",
    "a",
    "an",
    "of",
    "for",
    "and",
    "to",
    "in",
    "on",
    "at",
    "by",
    "with",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "that",
    "this",
    "it",
    "its",
    "as",
    "from",
    "will",
    "would",
    "should",
    "has",
    "have",
    "had",
    "their",
    "his",
    "her",
    "our",
    "we",
    "they",
    "he",
    "she",
    "not",
    "or",
}
PARTY_SYNONYMS = {
    "tory": "conservative",
    "tories": "conservative",
    "conservatives": "conservative",
    "democrats": "democratic",
    "democrat": "democratic",
    "republicans": "republican",
    "gop": "republican",
    "lib": "liberal",
    "dems": "democrats",
    "greens": "green",
    "snp": "scottish national",
}
ROLE_DROP = {"the", "of", "for", "a", "an", "party", "s"}
ROLE_QUALIFIERS = {"shadow", "former", "ex", "deputy", "vice", "acting", "interim", "junior", "assistant"}
CATEGORIES = ["persons", "parties", "roles", "memberships", "statements", "attribution", "about", "stance", "policies"]
POLAR = ("negative", "positive")
TOKEN = re.compile(r"[a-z0-9]+")
Dict = dict[str, Any]


def words(text: str | None) -> list[str]:
    text = (text or "").lower().replace("\u2019", "'").replace("'s ", " ")
    return TOKEN.findall(text)


def norm_name(name: str) -> str:
    toks = words(name)
    while toks and toks[0] in HONORIFICS:
        toks = toks[1:]
    return " ".join(toks)


def norm_party(name: str) -> str:
    toks = " ".join(PARTY_SYNONYMS.get(t, t) for t in words(name)).split()
    return " ".join(t for t in toks if t not in {"the", "party"})


class NameIndex:
    """Maps written names to one document's canonical gold entities."""

    def __init__(self, gold: Dict) -> None:
        self.forms: dict[tuple[str, str], str] = {}
        self.party_words: set[str] = set()
        surnames: dict[str, set[str]] = defaultdict(set)
        for kind in ("persons", "parties", "others"):
            for entry in gold.get(kind, []):
                for form in [entry["name"], *entry.get("aliases", [])]:
                    key = norm_party(form) if kind == "parties" else norm_name(form)
                    if key:
                        self.forms.setdefault((kind, key), entry["name"])
                    if kind == "parties":
                        self.party_words.update(words(form))
                        self.party_words.update(norm_party(form).split())
        for entry in gold.get("persons", []):
            toks = norm_name(entry["name"]).split()
            if toks:
                surnames[toks[-1]].add(entry["name"])
        for surname, owners in surnames.items():
            if len(owners) == 1:
                self.forms.setdefault(("persons", surname), next(iter(owners)))

    def resolve(self, name: object, kinds: tuple[str, ...] = ("persons", "parties", "others")) -> str | None:
        if not isinstance(name, str):
            return None
        for kind in kinds:
            key = norm_party(name) if kind == "parties" else norm_name(name)
            hit = self.forms.get((kind, key))
            if hit:
                return hit
            toks = key.split()
            if kind == "persons" and len(toks) > 1:
                hit = self.forms.get((kind, toks[-1]))
                known = norm_name(hit).split() if hit else []
                if hit and (known == toks[-1:] or (known[-1] == toks[-1] and known[0] == toks[0])):
                    return hit
        return None


@dataclass
class Tally:
    tp_pred: int = 0
    pred: int = 0
    found: int = 0
    gold: int = 0

    def add(self, tp_pred: int, pred: int, found: int, gold: int) -> None:
        self.tp_pred += tp_pred
        self.pred += pred
        self.found += found
        self.gold += gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_pred / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.found / self.gold if self.gold else (1.0 if not self.pred else 0.0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _items(obj: Dict, key: str) -> list[Dict]:
    value = obj.get(key, []) if isinstance(obj, dict) else []
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def score_entities(kind: str, gold: Dict, pred: Dict, index: NameIndex) -> tuple[int, int, int, int]:
    required = {e["name"] for e in _items(gold, kind) if not e.get("optional")}
    optional = {e["name"] for e in _items(gold, kind) if e.get("optional")}
    matched: set[str] = set()
    tp = counted = 0
    for entry in _items(pred, kind):
        forms = [entry.get("name"), *(entry.get("aliases") or [])]
        hits = {index.resolve(f, (kind,)) for f in forms} - {None}
        hit = next((h for h in hits if h not in matched), None)
        if hit in optional:
            continue
        counted += 1
        if hit is not None and hit in required:
            matched.add(hit)
            tp += 1
    return tp, counted, len(matched), len(required)


def role_words(role: object, index: NameIndex) -> list[str]:
    return [
        t for t in words(role if isinstance(role, str) else "") if t not in ROLE_DROP and t not in index.party_words
    ]


def _head(role: list[str]) -> str:
    for i, word in enumerate(role):
        if word in {"in", "at", "on", "to", "from"} and i:
            return role[i - 1]
    return role[-1]


def role_match(gold_words: list[str], pred_words: list[str]) -> float:
    g, p = set(gold_words), set(pred_words)
    if not g or not p or (g ^ p) & ROLE_QUALIFIERS:
        return 0.0
    jaccard = len(g & p) / len(g | p)
    if jaccard >= 0.5:
        return jaccard
    return 0.5 if _head(gold_words) == _head(pred_words) and (g <= p or p <= g) else 0.0


def _best_one_to_one(
    golds: list[tuple[str, Any, bool]], preds: list[tuple[str | None, Any]], similarity: Any, threshold: float
) -> tuple[int, int, int, int]:
    used: set[int] = set()
    tp = counted = 0
    for owner, value in preds:
        best, best_s = None, 0.0
        for i, (g_owner, g_value, _) in enumerate(golds):
            if i in used or g_owner != owner:
                continue
            s = similarity(g_value, value)
            if s >= threshold and s > best_s:
                best, best_s = i, s
        if best is not None and golds[best][2]:
            used.add(best)
            continue
        counted += 1
        if best is not None:
            used.add(best)
            tp += 1
    return tp, counted, tp, sum(1 for g in golds if not g[2])


def score_roles(gold: Dict, pred: Dict, index: NameIndex) -> tuple[int, int, int, int]:
    golds = [(g["person"], role_words(g.get("role"), index), g.get("optional", False)) for g in _items(gold, "roles")]
    preds = [
        (index.resolve(p.get("person"), ("persons",)), role_words(p.get("role"), index)) for p in _items(pred, "roles")
    ]
    return _best_one_to_one(golds, preds, role_match, 0.5)


def content(text: str | None) -> set[str]:
    return {t for t in words(text) if t not in STOP}


def _policy_similarity(g: set[str], p: set[str]) -> float:
    return 2 * len(g & p) / (len(g) + len(p)) if g and p else 0.0


def score_policies(gold: Dict, pred: Dict, index: NameIndex) -> tuple[int, int, int, int]:
    golds = [(g["party"], content(g.get("policy")), g.get("optional", False)) for g in _items(gold, "policies")]
    preds = [(index.resolve(p.get("party"), ("parties",)), content(p.get("policy"))) for p in _items(pred, "policies")]
    return _best_one_to_one(golds, preds, _policy_similarity, 0.35)


def score_memberships(gold: Dict, pred: Dict, index: NameIndex) -> tuple[int, int, int, int]:
    required = {(g["person"], g["party"]) for g in _items(gold, "memberships") if not g.get("optional")}
    optional = {(g["person"], g["party"]) for g in _items(gold, "memberships") if g.get("optional")}
    seen: set[tuple[str | None, str | None]] = set()
    tp = counted = 0
    for p in _items(pred, "memberships"):
        pair = (index.resolve(p.get("person"), ("persons",)), index.resolve(p.get("party"), ("parties",)))
        if pair in seen:
            continue
        seen.add(pair)
        if pair in optional:
            continue
        counted += 1
        tp += pair in required
    return tp, counted, tp, len(required)


def _coverage(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a) if a else 0.0


def stances(statement: Dict, targets: object, resolve: Any) -> dict[str, str]:
    """{target: 'negative' | 'positive'} of a statement; neutral and unknown labels are left out."""
    value = statement.get("stance")
    out: dict[str, str] = {}
    for t in targets if isinstance(targets, list) else []:
        if not isinstance(t, str):
            continue
        label = value.get(t) if isinstance(value, dict) else value
        if isinstance(label, str) and label.lower() in POLAR:
            out[resolve(t)] = label.lower()
    return out


def score_statements(gold: Dict, pred: Dict, index: NameIndex) -> tuple[Tally, Tally, Tally, Tally]:
    golds = [dict(g, _w=set(words(g.get("text")))) for g in _items(gold, "statements")]
    preds = [
        dict(p, _w=set(words(p.get("text"))), _speaker=index.resolve(p.get("speaker")))
        for p in _items(pred, "statements")
    ]
    detect, attrib, about, stance = Tally(), Tally(), Tally(), Tally()

    def verdict(p: Dict, same: bool) -> str | None:
        pool = [g for g in golds if not same or g["speaker"] == p["_speaker"]]
        strong = [g for g in pool if _coverage(p["_w"], g["_w"]) >= 0.5]
        covering = [g for g in pool if _coverage(g["_w"], p["_w"]) >= 0.6]
        union = set().union(*[g["_w"] for g in covering]) if covering else set()
        hits = strong or (covering if _coverage(p["_w"], union) >= 0.5 else [])
        if not hits:
            return None
        return "optional" if all(g.get("optional") for g in hits) else "yes"

    for tally, same in ((detect, False), (attrib, True)):
        tp = counted = found = 0
        for p in preds:
            v = verdict(p, same)
            if v == "optional":
                continue
            counted += 1
            tp += v == "yes"
        required = [g for g in golds if not g.get("optional")]
        for g in required:
            cands = [
                p for p in preds if _coverage(g["_w"], p["_w"]) >= 0.6 and (not same or p["_speaker"] == g["speaker"])
            ]
            if cands:
                found += 1
                if same:
                    best = max(cands, key=lambda p: _coverage(g["_w"], p["_w"]))
                    gt = set(g.get("about", []))
                    pt = {index.resolve(t) or ("?" + str(t)) for t in best.get("about") or []}
                    about.add(len(gt & pt), len(pt), len(gt & pt), len(gt))
                    gs = stances(g, g.get("about", []), lambda t: t)
                    ps = stances(best, best.get("about") or [], lambda t: index.resolve(t) or ("?" + str(t)))
                    right = sum(1 for t, label in gs.items() if ps.get(t) == label)
                    stance.add(right, len(ps), right, len(gs))
        tally.add(tp, counted, found, len(required))
    return detect, attrib, about, stance


def load_gold(gold_dir: str | Path) -> dict[str, Dict]:
    """Gold files ``{"article": {...}, "gold": {...}}`` by article id."""
    out = {}
    for f in sorted(Path(gold_dir).glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        out[str(doc["article"]["id"])] = doc
    return out


def score(golds: dict[str, Dict], predictions: dict[str, Dict]) -> tuple[Dict, dict[str, Dict]]:
    """The overall report and a per-document row of F1 figures."""
    totals = {c: Tally() for c in CATEGORIES}
    per_doc: dict[str, Dict] = {}
    for doc_id, doc in golds.items():
        gold = doc["gold"]
        pred = predictions.get(doc_id, {})
        index = NameIndex(gold)
        counts = {
            "persons": score_entities("persons", gold, pred, index),
            "parties": score_entities("parties", gold, pred, index),
            "roles": score_roles(gold, pred, index),
            "memberships": score_memberships(gold, pred, index),
            "policies": score_policies(gold, pred, index),
        }
        tallies = {c: Tally(*v) for c, v in counts.items()}
        (tallies["statements"], tallies["attribution"], tallies["about"], tallies["stance"]) = score_statements(
            gold, pred, index
        )
        for c, t in tallies.items():
            totals[c].add(t.tp_pred, t.pred, t.found, t.gold)
        per_doc[doc_id] = {c: round(tallies[c].prf()[2], 3) for c in CATEGORIES}
        per_doc[doc_id]["missing"] = doc_id not in predictions
    report: Dict = {
        c: dict(
            zip(("precision", "recall", "f1"), (round(x, 3) for x in totals[c].prf())),
            gold=totals[c].gold,
            predicted=totals[c].pred,
        )
        for c in CATEGORIES
    }
    for c in ("about", "stance"):
        if not totals[c].gold:
            report[c].update(precision=0.0, recall=0.0, f1=0.0)
    report["overall"] = round(sum(report[c]["f1"] for c in ("roles", "memberships", "attribution", "policies")) / 4, 3)
    return report, per_doc


def format_report(report: Dict, per_doc: dict[str, Dict] | None = None) -> str:
    lines = []
    if per_doc:
        width = max(12, *(len(d) for d in per_doc))
        lines.append(f"{'doc':{width}} " + " ".join(f"{c:>11}" for c in CATEGORIES))
        for doc_id, row in per_doc.items():
            flag = "  (no prediction)" if row["missing"] else ""
            lines.append(f"{doc_id:{width}} " + " ".join(f"{row[c]:11.2f}" for c in CATEGORIES) + flag)
        lines.append("")
    lines.append(f"{'category':12} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    for c in CATEGORIES:
        r = report[c]
        lines.append(
            f"{c:12} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['gold']:6d} {r['predicted']:6d}"
        )
    lines.append(f"overall (mean F1 of roles, memberships, attribution, policies): {report['overall']:.3f}")
    return "\n".join(lines)


def errors(gold: Dict, pred: Dict) -> list[str]:
    """Every missed (-) and spurious (+) fact of one article, one line each."""
    index = NameIndex(gold)
    out: list[str] = []
    for kind in ("persons", "parties"):
        got = {
            index.resolve(f, (kind,)) for e in _items(pred, kind) for f in [e.get("name"), *(e.get("aliases") or [])]
        }
        out += [f"- {kind}: {e['name']}" for e in _items(gold, kind) if not e.get("optional") and e["name"] not in got]
        out += [
            f"+ {kind}: {e.get('name')}"
            for e in _items(pred, kind)
            if not ({index.resolve(f, (kind,)) for f in [e.get("name"), *(e.get("aliases") or [])]} - {None})
        ]
    p_roles = [
        (index.resolve(p.get("person"), ("persons",)), role_words(p.get("role"), index), p)
        for p in _items(pred, "roles")
    ]
    for g in _items(gold, "roles"):
        gw = role_words(g.get("role"), index)
        if not g.get("optional") and not any(o == g["person"] and role_match(gw, w) >= 0.5 for o, w, _ in p_roles):
            out.append(f"- roles: {g['person']} | {g['role']} | {g.get('party')}")
    for owner, w, p in p_roles:
        if not any(
            g["person"] == owner and role_match(role_words(g.get("role"), index), w) >= 0.5
            for g in _items(gold, "roles")
        ):
            out.append(f"+ roles: {p.get('person')} | {p.get('role')} | {p.get('party')}")
    g_mem = {(g["person"], g["party"]) for g in _items(gold, "memberships")}
    p_mem = {
        (index.resolve(p.get("person"), ("persons",)), index.resolve(p.get("party"), ("parties",))): p
        for p in _items(pred, "memberships")
    }
    out += [
        f"- memberships: {g['person']} | {g['party']}"
        for g in _items(gold, "memberships")
        if not g.get("optional") and (g["person"], g["party"]) not in p_mem
    ]
    out += [f"+ memberships: {p.get('person')} | {p.get('party')}" for k, p in p_mem.items() if k not in g_mem]
    preds = [
        dict(p, _w=set(words(p.get("text"))), _speaker=index.resolve(p.get("speaker")))
        for p in _items(pred, "statements")
    ]
    golds = [dict(g, _w=set(words(g.get("text")))) for g in _items(gold, "statements")]
    for g in golds:
        cands = [p for p in preds if _coverage(g["_w"], p["_w"]) >= 0.6]
        right = [p for p in cands if p["_speaker"] == g["speaker"]]
        if right:
            best = max(right, key=lambda p: _coverage(g["_w"], p["_w"]))
            gt, pt = set(g.get("about", [])), {index.resolve(t) or "?" + str(t) for t in best.get("about") or []}
            if gt != pt:
                out.append(f"~ about: {g['speaker']}: {g['text'][:60]!r} gold={sorted(gt)} pred={sorted(pt)}")
            gs = stances(g, g.get("about", []), lambda t: t)
            ps = stances(best, best.get("about") or [], lambda t: index.resolve(t) or "?" + str(t))
            if gs != ps:
                out.append(f"~ stance: {g['speaker']}: {g['text'][:60]!r} gold={gs} pred={ps}")
        elif not g.get("optional"):
            why = f" (given to {cands[0].get('speaker')})" if cands else ""
            out.append(f"- statements: {g['speaker']}: {g['text'][:90]!r}{why}")
    for p in preds:
        ok = any(
            g["speaker"] == p["_speaker"] and (_coverage(p["_w"], g["_w"]) >= 0.5 or _coverage(g["_w"], p["_w"]) >= 0.6)
            for g in golds
        )
        if not ok:
            out.append(f"+ statements: {p.get('speaker')}: {str(p.get('text'))[:90]!r}")
    g_pol = [(g["party"], content(g.get("policy")), g) for g in _items(gold, "policies")]
    p_pol = [
        (index.resolve(p.get("party"), ("parties",)), content(p.get("policy")), p) for p in _items(pred, "policies")
    ]
    for party, g_words, g in g_pol:
        if not g.get("optional") and not any(
            pp == party and _policy_similarity(g_words, pw) >= 0.35 for pp, pw, _ in p_pol
        ):
            out.append(f"- policies: {party}: {g['policy']}")
    for party, pw, p in p_pol:
        if not any(gp == party and _policy_similarity(gw, pw) >= 0.35 for gp, gw, _ in g_pol):
            out.append(f"+ policies: {p.get('party')}: {p.get('policy')}")
    return out
