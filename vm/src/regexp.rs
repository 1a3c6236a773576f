//! Regular expressions: ECMAScript patterns, parsed (and validated) by
//! `oxc_regular_expression`, translated to fancy-regex syntax, and matched
//! over a UTF-8 copy of the subject whose positions map back to UTF-16.
//!
//! The translation closes the gaps between the dialects: `.` and the line
//! terminators (`\n \r \u2028 \u2029`), `^`/`$` under `m`, JavaScript's
//! ASCII `\w`, `\d`, `\b` and its own `\s`, backreferences to groups that
//! did not participate (they match the empty string), `[]` and `[^]`.
//! Capture groups keep their pattern numbers for scripts; their names stay
//! on our side (fancy-regex sees plain groups), so any JavaScript group name
//! works. A quantified group that may repeat and holds captures is wrapped
//! in a hidden group that spans its last iteration ([`GroupPlan`]): the
//! captures inside that did not take part in that iteration are reported
//! as undefined, as RepeatMatcher resets them at every iteration.
//! Lone surrogates, in patterns and subjects, stand for private-use code
//! points: a [`Window`] of 2 048 of them that neither the pattern nor the
//! subject uses for itself, so a surrogate never meets a real character.
//!
//! Compiled patterns are cached by source and flags ([`PatternCache`]); an
//! engine shares one cache between its sandboxes.
//!
//! Work: matching charges the code units it scans; patterns that need
//! backtracking (backreferences, look-around) also run under a backtracking
//! limit in tiers, each tier charged before it runs (see [`Compiled::run`]).

use std::sync::{Arc, Mutex};

use fancy_regex::{Regex, RegexBuilder, RegexInput};
use oxc_regular_expression::ast::{
    BoundaryAssertionKind, CharacterClass, CharacterClassContents, CharacterClassContentsKind,
    CharacterClassEscapeKind, ClassStringDisjunction, Disjunction, LookAroundAssertionKind, Modifier, Term,
};
use smallvec::SmallVec;

use crate::error::{ErrorKind, JsResult, Termination};
use crate::heap::object::{ObjectKind, Property, RegExpData, WRITABLE};
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::Vm;

/// The longest pattern source accepted, in bytes.
pub const MAX_PATTERN_LENGTH: usize = 32 * 1024;
/// The deepest nesting of groups and classes accepted (the parser and the
/// translation recurse on it).
pub const MAX_PATTERN_NESTING: usize = 200;
/// The regex crate's limit on a compiled program, in bytes.
const COMPILED_SIZE_LIMIT: usize = 4 << 20;
/// Backtracking steps of the first tier; each next tier allows four times
/// as many.
const FIRST_TIER_STEPS: u64 = 64;

/// Where lone surrogates go in the UTF-8 text of a subject that has some:
/// one of the 64 runs of 2 048 code points in the private-use planes 15
/// and 16 (U+F0000 + 2 048 × n), the unit 0xD800 + k at the window's k-th
/// code point. Real code points there are rare but legal, so a subject uses a
/// window that holds none of its own characters (there is one unless it
/// holds characters from all 62 usable windows), and the pattern is
/// translated for that window: its surrogates become the window's
/// characters, and its ranges of real code points leave the window out. The
/// last window of each plane ends in noncharacters and is never used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Window(u8);

impl Window {
    const PLANES_START: u32 = 0xF0000;
    const SIZE: u32 = 0x800;
    /// The window used unless the subject has characters in it:
    /// U+10F000..U+10F7FF.
    const DEFAULT: Window = Window(62);
    /// The windows that may be used: all but those ending a plane.
    const USABLE: u64 = !((1 << 31) | (1 << 63));

    fn first(self) -> u32 {
        Self::PLANES_START + u32::from(self.0) * Self::SIZE
    }

    fn last(self) -> u32 {
        self.first() + Self::SIZE - 1
    }

    /// The code point standing for surrogate `unit`.
    fn char_for(self, unit: u32) -> u32 {
        self.first() + (unit.wrapping_sub(0xD800) & 0x7FF)
    }

    /// The set of windows (bit n for window n) that code point `c` is in.
    fn containing(c: u32) -> u64 {
        if (Self::PLANES_START..=0x10FFFF).contains(&c) { 1 << ((c - Self::PLANES_START) / Self::SIZE) } else { 0 }
    }

    /// The default window unless `taken` has it, else the first usable
    /// one free. When every one is taken (a subject holding code points
    /// from each, as a test of every code point does), the default: its
    /// real characters in the subject then match as lone surrogates, the
    /// one case where the two meet.
    fn choose(taken: u64) -> Window {
        let free = Self::USABLE & !taken;
        if free & (1 << Self::DEFAULT.0) != 0 || free == 0 {
            return Self::DEFAULT;
        }
        Window(free.trailing_zeros() as u8)
    }
}

/// A class item that matches nothing.
const NOTHING: &str = r"[^\x{0}-\x{10FFFF}]";

/// The flags of a regular expression.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    pub has_indices: bool,
    pub global: bool,
    pub ignore_case: bool,
    pub multiline: bool,
    pub dot_all: bool,
    pub unicode: bool,
    pub unicode_sets: bool,
    pub sticky: bool,
}

impl Flags {
    /// Parses a flags string: each of `dgimsuvy` at most once, not both `u`
    /// and `v`.
    pub fn parse(text: &str) -> Option<Flags> {
        let mut f = Flags::default();
        for c in text.chars() {
            let slot = match c {
                'd' => &mut f.has_indices,
                'g' => &mut f.global,
                'i' => &mut f.ignore_case,
                'm' => &mut f.multiline,
                's' => &mut f.dot_all,
                'u' => &mut f.unicode,
                'v' => &mut f.unicode_sets,
                'y' => &mut f.sticky,
                _ => return None,
            };
            if *slot {
                return None;
            }
            *slot = true;
        }
        (!(f.unicode && f.unicode_sets)).then_some(f)
    }

    /// The flags in the canonical order `dgimsuvy` (what `flags` returns).
    pub fn text(&self) -> String {
        let all = [
            (self.has_indices, 'd'),
            (self.global, 'g'),
            (self.ignore_case, 'i'),
            (self.multiline, 'm'),
            (self.dot_all, 's'),
            (self.unicode, 'u'),
            (self.unicode_sets, 'v'),
            (self.sticky, 'y'),
        ];
        all.iter().filter(|(on, _)| *on).map(|(_, c)| *c).collect()
    }
}

/// A compiled regular expression, shareable between sandboxes.
#[derive(Debug)]
pub struct Compiled {
    pub flags: Flags,
    /// Capture groups, not counting the whole match.
    pub group_count: usize,
    /// Group names and their numbers, in pattern order.
    pub group_names: Vec<(String, usize)>,
    /// Where each group is in the translated pattern.
    plan: GroupPlan,
    /// The translated pattern.
    pattern: String,
    /// Whether matching may backtrack (backreferences, look-around).
    backtracks: bool,
    /// The pattern built with each tier's backtracking limit, as needed.
    tiers: Mutex<Vec<Arc<Regex>>>,
    /// The pattern's size once its counted repetitions are expanded (what
    /// the compiled automata grow with): see `Translator::weight`.
    pub weight: u64,
    /// The pattern source, to translate it again for another window.
    source: Box<str>,
    /// Where the subjects it runs on keep their lone surrogates (none: the
    /// subjects have none, and the pattern's surrogates match nothing).
    window: Option<Window>,
}

/// Why a match stopped without an answer.
#[derive(Debug, PartialEq, Eq)]
pub enum RunError {
    /// The gas ran out (the charge callback refused).
    OutOfGas,
    /// The engine failed otherwise (its stack or size limits).
    Engine(String),
}

/// Capture spans in UTF-16 units; index 0 is the whole match.
pub type Captures = SmallVec<[Option<(usize, usize)>; 4]>;

impl Compiled {
    /// Parses and translates `source` with `flags`; the error is the
    /// message of a SyntaxError.
    /// The pattern for subjects whose lone surrogates are in `window`.
    pub fn new(source: &str, flags: &str, window: Option<Window>) -> Result<Compiled, String> {
        let parsed = Flags::parse(flags).ok_or_else(|| format!("Invalid regular expression flags '{flags}'"))?;
        if source.len() > MAX_PATTERN_LENGTH {
            return Err("Regular expression too large".to_string());
        }
        if nesting(source) > MAX_PATTERN_NESTING {
            return Err("Regular expression nested too deeply".to_string());
        }
        let allocator = oxc_allocator::Allocator::default();
        let options = oxc_regular_expression::Options::default();
        let pattern = oxc_regular_expression::LiteralParser::new(&allocator, source, Some(flags), options)
            .parse()
            .map_err(|e| {
                format!(
                    "Invalid regular expression: /{source}/{flags}: {}",
                    e.message.trim_start_matches("Invalid regular expression: ")
                )
            })?;
        let mut plan = GroupPlan::default();
        plan.disjunction(&pattern.body, false);
        let t = Translator::run(&pattern.body, parsed, &plan, window)?;
        let (group_count, translated, backtracks, weight) = (plan.internal.len(), t.out, t.backtracks, t.weight);
        let compiled = Compiled {
            flags: parsed,
            source: source.into(),
            group_count,
            group_names: plan.names.clone(),
            plan,
            pattern: translated,
            backtracks,
            tiers: Mutex::new(Vec::new()),
            weight,
            window,
        };
        compiled.tier(0).map_err(|e| format!("Invalid regular expression: /{source}/{flags}: {e}"))?;
        Ok(compiled)
    }

    /// The pattern built for backtracking tier `k`.
    fn tier(&self, k: usize) -> Result<Arc<Regex>, String> {
        let mut tiers = self.tiers.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        while tiers.len() <= k {
            let steps = FIRST_TIER_STEPS.saturating_mul(4u64.saturating_pow(tiers.len() as u32));
            let regex = RegexBuilder::new(&self.pattern)
                .backtrack_limit(usize::try_from(steps).unwrap_or(usize::MAX))
                .delegate_size_limit(COMPILED_SIZE_LIMIT)
                .delegate_dfa_size_limit(COMPILED_SIZE_LIMIT)
                .build()
                .map_err(|e| e.to_string())?;
            tiers.push(Arc::new(regex));
        }
        tiers.get(k).cloned().ok_or_else(|| "no such tier".to_string())
    }

    /// Whether the pattern is too big to keep in a cache (see
    /// `LARGE_PATTERN_BYTES`).
    pub fn is_large(&self) -> bool {
        self.heap_size() > LARGE_PATTERN_BYTES
    }

    /// Bytes to count against the memory budget for holding this pattern:
    /// its automata grow with its expanded size, up to the size limit.
    pub fn heap_size(&self) -> usize {
        let automata = usize::try_from(self.weight).unwrap_or(usize::MAX).saturating_mul(WEIGHT_BYTES);
        256 + self.pattern.len() * 16 + automata.min(2 * COMPILED_SIZE_LIMIT)
    }

    /// Matches at `from` (sticky) or at the first place at or after it.
    /// `charge` pays for work before it is done: the units scanned, and
    /// each backtracking tier's steps for patterns that backtrack.
    pub fn run(
        &self,
        subject: &Subject,
        from: usize,
        sticky: bool,
        charge: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Option<Captures>, RunError> {
        if subject.window != self.window {
            return Err(RunError::Engine("the pattern was translated for another subject".to_string()));
        }
        let start = subject.byte_of(from);
        let mut k = 0;
        loop {
            let steps = FIRST_TIER_STEPS.saturating_mul(4u64.saturating_pow(k as u32));
            if self.backtracks && !charge(steps.saturating_mul(crate::gas::REGEXP_BACKTRACK_STEP)) {
                return Err(RunError::OutOfGas);
            }
            let regex = self.tier(k).map_err(RunError::Engine)?;
            let input = RegexInput::new(subject.text.as_str()).from_pos(start).anchored(sticky);
            match regex.captures_input(input) {
                Ok(found) => {
                    let end = found.as_ref().and_then(|c| c.get(0)).map_or(subject.text.len(), |m| m.end());
                    let scanned = subject.utf16_of(end).saturating_sub(from);
                    if !charge(scanned as u64 / 16 + crate::gas::REGEXP_MATCH) {
                        return Err(RunError::OutOfGas);
                    }
                    let Some(c) = found else { return Ok(None) };
                    let span = |k: Option<usize>| k.and_then(|k| c.get(k)).map(|m| (m.start(), m.end()));
                    let mut spans: Captures = (0..=self.group_count).map(|i| span(self.plan.internal(i))).collect();
                    for reset in &self.plan.resets {
                        let last_iteration = span(Some(reset.hidden));
                        for group in reset.groups.clone() {
                            if let Some(slot) = spans.get_mut(group)
                                && slot.is_some_and(|(start, _)| last_iteration.is_none_or(|(s, _)| start < s))
                            {
                                *slot = None;
                            }
                        }
                    }
                    for slot in spans.iter_mut() {
                        *slot = slot.map(|(start, end)| (subject.utf16_of(start), subject.utf16_of(end)));
                    }
                    return Ok(Some(spans));
                }
                Err(fancy_regex::Error::RuntimeError(fancy_regex::RuntimeError::BacktrackLimitExceeded)) => k += 1,
                Err(e) => return Err(RunError::Engine(e.to_string())),
            }
        }
    }
}

/// A string prepared for matching: its UTF-8 text and the maps between
/// UTF-16 and UTF-8 positions (none for ASCII, where they agree).
///
/// For a pattern without `u` or `v` the string is a sequence of code units
/// (the spec's non-Unicode mode): every surrogate, paired or not, goes to
/// the window as one character, so `.` matches half a pair and a search
/// may start between the halves.
#[derive(Debug)]
pub struct Subject {
    text: String,
    maps: Option<PositionMaps>,
    /// Where its surrogates are, if any go to a window.
    window: Option<Window>,
    /// Whether pairs were split into their code units.
    code_units: bool,
}

#[derive(Debug)]
struct PositionMaps {
    /// UTF-8 offset of each UTF-16 position (0..=len).
    byte_of_unit: Vec<u32>,
    /// UTF-16 position of each UTF-8 offset that starts a character, and
    /// of the end.
    unit_of_byte: Vec<u32>,
}

impl Subject {
    /// The subject `units` for a pattern with (`code_units` false) or
    /// without `u`/`v`.
    pub fn new(units: &[u16], code_units: bool) -> Subject {
        if units.iter().all(|&u| u < 0x80) {
            let bytes: Vec<u8> = units.iter().map(|&u| u as u8).collect();
            let text = String::from_utf8(bytes).unwrap_or_default();
            return Subject { text, maps: None, window: None, code_units };
        }
        let (mut lone, mut taken) = (false, 0);
        for decoded in char::decode_utf16(units.iter().copied()) {
            match decoded {
                Ok(c) => taken |= Window::containing(c as u32),
                Err(_) => lone = true,
            }
        }
        let split = code_units && units.iter().any(|u| (0xD800..0xE000).contains(u));
        let window = (lone || split).then(|| Window::choose(taken));
        if split {
            return Subject::split_into(units, window.unwrap_or(Window::DEFAULT));
        }
        let mut text = String::with_capacity(units.len() * 2);
        let mut byte_of_unit = Vec::with_capacity(units.len() + 1);
        let mut unit_of_byte = Vec::with_capacity(units.len() * 2 + 1);
        let mut i = 0;
        for decoded in char::decode_utf16(units.iter().copied()) {
            let (c, width) = match (decoded, window) {
                (Ok(c), _) => (c, c.len_utf16()),
                (Err(e), Some(w)) => {
                    (char::from_u32(w.char_for(u32::from(e.unpaired_surrogate()))).unwrap_or('\u{FFFD}'), 1)
                }
                (Err(_), None) => ('\u{FFFD}', 1),
            };
            // A position between the halves of a pair maps to the pair's end.
            byte_of_unit.push(text.len() as u32);
            if width == 2 {
                byte_of_unit.push((text.len() + c.len_utf8()) as u32);
            }
            unit_of_byte.resize(text.len() + c.len_utf8(), i as u32);
            text.push(c);
            i += width;
        }
        byte_of_unit.push(text.len() as u32);
        unit_of_byte.push(i as u32);
        Subject { text, maps: Some(PositionMaps { byte_of_unit, unit_of_byte }), window, code_units }
    }

    /// The subject as code units: each surrogate the window's character.
    fn split_into(units: &[u16], window: Window) -> Subject {
        let mut text = String::with_capacity(units.len() * 3);
        let mut byte_of_unit = Vec::with_capacity(units.len() + 1);
        let mut unit_of_byte = Vec::with_capacity(units.len() * 3 + 1);
        for (i, &unit) in units.iter().enumerate() {
            let c = match unit {
                0xD800..=0xDFFF => char::from_u32(window.char_for(u32::from(unit))),
                _ => char::from_u32(u32::from(unit)),
            }
            .unwrap_or('\u{FFFD}');
            byte_of_unit.push(text.len() as u32);
            unit_of_byte.resize(text.len() + c.len_utf8(), i as u32);
            text.push(c);
        }
        byte_of_unit.push(text.len() as u32);
        unit_of_byte.push(units.len() as u32);
        let maps = Some(PositionMaps { byte_of_unit, unit_of_byte });
        Subject { text, maps, window: Some(window), code_units: true }
    }

    /// At most the bytes of host memory preparing `units` takes (checked
    /// against the memory budget before it is done).
    pub fn size_for(units: &[u16]) -> usize {
        if units.iter().all(|&u| u < 0x80) {
            return units.len();
        }
        // Up to 4 UTF-8 bytes per unit (a surrogate in the window, which is
        // in planes 15-16), a 4-byte entry per unit and per byte.
        units.len().saturating_mul(4 + 4 + 16).saturating_add(8)
    }

    /// The UTF-8 offset of UTF-16 position `unit`.
    fn byte_of(&self, unit: usize) -> usize {
        match &self.maps {
            None => unit.min(self.text.len()),
            Some(m) => m.byte_of_unit.get(unit).map_or(self.text.len(), |&b| b as usize),
        }
    }

    fn utf16_of(&self, byte: usize) -> usize {
        match &self.maps {
            None => byte,
            Some(m) => m.unit_of_byte.get(byte).map_or(0, |&u| u as usize),
        }
    }
}

/// How deeply `(`, `[` nest in `source`, ignoring escaped ones.
fn nesting(source: &str) -> usize {
    let (mut depth, mut max, mut escaped) = (0usize, 0usize, false);
    for c in source.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' | '[' => {
                depth += 1;
                max = max.max(depth);
            }
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// The capturing groups of a pattern as the translation lays them out: the
/// script's group `n` is group `internal[n]` of the translated pattern
/// (none for a group inside a quantified lookahead that is left out), and
/// each `resets` entry is a hidden group around a repeating quantifier's
/// body, with the script groups inside it.
#[derive(Debug, Default)]
struct GroupPlan {
    internal: Vec<Option<usize>>,
    resets: Vec<Reset>,
    names: Vec<(String, usize)>,
    /// Groups of the translated pattern so far.
    count: usize,
}

#[derive(Debug)]
struct Reset {
    hidden: usize,
    groups: std::ops::Range<usize>,
}

/// Whether the translation wraps quantifier `q` in a hidden group: its body
/// can run more than once and holds a capture (a quantified lookahead is
/// translated as at most one copy, so it never needs one).
fn needs_reset(q: &oxc_regular_expression::ast::Quantifier<'_>) -> bool {
    !matches!(q.body, Term::LookAroundAssertion(_)) && q.max.is_none_or(|max| max > 1) && has_capture(&q.body)
}

fn has_capture(term: &Term<'_>) -> bool {
    let any = |d: &Disjunction<'_>| d.body.iter().any(|a| a.body.iter().any(has_capture));
    match term {
        Term::CapturingGroup(_) => true,
        Term::IgnoreGroup(g) => any(&g.body),
        Term::LookAroundAssertion(l) => any(&l.body),
        Term::Quantifier(q) => has_capture(&q.body),
        _ => false,
    }
}

impl GroupPlan {
    /// The translated pattern's group for the script's group `n` (0 is the
    /// whole match).
    fn internal(&self, n: usize) -> Option<usize> {
        match n {
            0 => Some(0),
            n => self.internal.get(n - 1).copied().flatten(),
        }
    }

    /// Walks `d` in pattern order; `left_out` when the translation drops it.
    fn disjunction(&mut self, d: &Disjunction<'_>, left_out: bool) {
        for alternative in &d.body {
            for term in &alternative.body {
                self.term(term, left_out);
            }
        }
    }

    fn term(&mut self, term: &Term<'_>, left_out: bool) {
        match term {
            Term::CapturingGroup(g) => {
                let internal = if left_out {
                    None
                } else {
                    self.count += 1;
                    Some(self.count)
                };
                self.internal.push(internal);
                if let Some(name) = &g.name {
                    self.names.push((name.to_string(), self.internal.len()));
                }
                self.disjunction(&g.body, left_out);
            }
            Term::IgnoreGroup(g) => self.disjunction(&g.body, left_out),
            Term::LookAroundAssertion(l) => self.disjunction(&l.body, left_out),
            Term::Quantifier(q) if matches!(q.body, Term::LookAroundAssertion(_)) => {
                self.term(&q.body, left_out || q.min == 0);
            }
            Term::Quantifier(q) if needs_reset(q) && !left_out => {
                self.count += 1;
                let hidden = self.count;
                let first = self.internal.len() + 1;
                self.term(&q.body, left_out);
                self.resets.push(Reset { hidden, groups: first..self.internal.len() + 1 });
            }
            Term::Quantifier(q) => self.term(&q.body, left_out),
            _ => {}
        }
    }
}

/// The JavaScript line terminators, as class items.
const LINE_TERMINATORS: &str = r"\n\r\x{2028}\x{2029}";
/// JavaScript's WhiteSpace and LineTerminator (`\s`), as class items.
const WHITE_SPACE: &str =
    r"\t\n\x0B\x0C\r \xA0\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}";

struct Translator<'n> {
    flags: Flags,
    plan: &'n GroupPlan,
    out: String,
    backtracks: bool,
    /// The modifiers in force (group modifiers can change them).
    ignore_case: bool,
    multiline: bool,
    dot_all: bool,
    /// The expanded size so far: 1 per character, more per class (a
    /// Unicode class compiles to many states), each quantified term counted
    /// as many times as its bound repeats it.
    weight: u64,
    /// See [`Compiled::window`].
    window: Option<Window>,
}

/// Whether a class item is an ASCII character or range.
fn is_ascii_item(item: &CharacterClassContents<'_>) -> bool {
    match item {
        CharacterClassContents::Character(c) => c.value < 0x80,
        CharacterClassContents::CharacterClassRange(r) => r.max.value < 0x80,
        _ => false,
    }
}

/// Weight of a class, dot or class escape; under `u`/`v` a broad one (a
/// negation, a dot, a property) spans most of Unicode and compiles to many
/// more states.
const CLASS_WEIGHT: u64 = 8;
const BROAD_UNICODE_CLASS_WEIGHT: u64 = 64;

impl<'n> Translator<'n> {
    /// Translates `body` with lone surrogates in `window`.
    fn run(
        body: &Disjunction<'_>,
        flags: Flags,
        plan: &'n GroupPlan,
        window: Option<Window>,
    ) -> Result<Translator<'n>, String> {
        let mut t = Translator {
            flags,
            plan,
            out: String::new(),
            backtracks: false,
            ignore_case: flags.ignore_case,
            multiline: flags.multiline,
            dot_all: flags.dot_all,
            weight: 0,
            window,
        };
        if flags.ignore_case && t.unicode() {
            t.out.push_str("(?i)");
        }
        t.disjunction(body)?;
        Ok(t)
    }

    /// Whether the pattern matches by code point (`u` or `v`).
    fn unicode(&self) -> bool {
        self.flags.unicode || self.flags.unicode_sets
    }

    /// Whether characters match case-insensitively by code unit
    /// (Canonicalize without `u` or `v`), which the translation spells out
    /// (see [`non_unicode_equivalents`]); under `u` and `v` the regex
    /// crate's simple case folding is the spec's.
    fn folds_code_units(&self) -> bool {
        self.ignore_case && !self.unicode()
    }

    /// What `term` itself adds to the pattern's weight (its children are
    /// counted as they are translated).
    fn term_weight(&self, term: &Term<'_>) -> u64 {
        let unicode = self.unicode();
        let broad = match term {
            Term::Dot(_) | Term::UnicodePropertyEscape(_) => true,
            Term::CharacterClassEscape(e) => matches!(
                e.kind,
                CharacterClassEscapeKind::NegativeD
                    | CharacterClassEscapeKind::NegativeS
                    | CharacterClassEscapeKind::NegativeW
            ),
            Term::CharacterClass(c) => c.negative || !c.body.iter().all(is_ascii_item),
            _ => return 1,
        };
        if broad && unicode { BROAD_UNICODE_CLASS_WEIGHT } else { CLASS_WEIGHT }
    }

    fn disjunction(&mut self, d: &Disjunction<'_>) -> Result<(), String> {
        for (i, alternative) in d.body.iter().enumerate() {
            if i > 0 {
                self.out.push('|');
            }
            let mut terms = alternative.body.iter().peekable();
            while let Some(term) = terms.next() {
                // A pair of escapes under `u` is one character. (Without
                // `u` the halves stay code units, as in the subject.)
                if let (Term::Character(high), Some(Term::Character(low))) = (term, terms.peek())
                    && self.unicode()
                    && (0xD800..0xDC00).contains(&high.value)
                    && (0xDC00..0xE000).contains(&low.value)
                {
                    let pair = 0x10000 + ((high.value - 0xD800) << 10) + (low.value - 0xDC00);
                    let item = self.char_item(pair);
                    self.out.push_str(&item);
                    terms.next();
                    continue;
                }
                self.term(term)?;
            }
        }
        Ok(())
    }

    /// `\w` as class items: ASCII word characters, plus the two characters
    /// that fold to them under `iu`.
    fn word_items(&self) -> &'static str {
        if self.ignore_case && self.unicode() { r"0-9A-Za-z_\x{17F}\x{212A}" } else { "0-9A-Za-z_" }
    }

    fn term(&mut self, term: &Term<'_>) -> Result<(), String> {
        self.weight = self.weight.saturating_add(self.term_weight(term));
        match term {
            Term::BoundaryAssertion(b) => {
                let w = self.word_items();
                let text = match (b.kind, self.multiline) {
                    (BoundaryAssertionKind::Start, false) => "^".to_string(),
                    (BoundaryAssertionKind::Start, true) => format!("(?:^|(?<=[{LINE_TERMINATORS}]))"),
                    (BoundaryAssertionKind::End, false) => "$".to_string(),
                    (BoundaryAssertionKind::End, true) => format!("(?:$|(?=[{LINE_TERMINATORS}]))"),
                    (BoundaryAssertionKind::Boundary, _) => format!("(?:(?<=[{w}])(?![{w}])|(?<![{w}])(?=[{w}]))"),
                    (BoundaryAssertionKind::NegativeBoundary, _) => {
                        format!("(?:(?<=[{w}])(?=[{w}])|(?<![{w}])(?![{w}]))")
                    }
                };
                if text.len() > 1 {
                    self.backtracks = true;
                }
                self.out.push_str(&text);
            }
            Term::LookAroundAssertion(l) => {
                self.backtracks = true;
                self.out.push_str(match l.kind {
                    LookAroundAssertionKind::Lookahead => "(?=",
                    LookAroundAssertionKind::NegativeLookahead => "(?!",
                    LookAroundAssertionKind::Lookbehind => "(?<=",
                    LookAroundAssertionKind::NegativeLookbehind => "(?<!",
                });
                self.disjunction(&l.body)?;
                self.out.push(')');
            }
            Term::Quantifier(q) => {
                // Annex B allows quantified lookaheads: zero-width, so one
                // match is as good as many, and none as good as any.
                if matches!(q.body, Term::LookAroundAssertion(_)) {
                    if q.min > 0 {
                        self.term(&q.body)?;
                    }
                    return Ok(());
                }
                // A hidden group spans the last iteration (see GroupPlan).
                let hidden = needs_reset(q);
                self.out.push_str(if hidden { "(?:(" } else { "(?:" });
                let before = self.weight;
                self.term(&q.body)?;
                let body = self.weight - before;
                let copies = q.max.map_or(q.min.saturating_add(1), |max| max.max(q.min)).max(1);
                self.weight = before.saturating_add(body.saturating_mul(copies));
                self.out.push_str(if hidden { "))" } else { ")" });
                match (q.min, q.max) {
                    (0, None) => self.out.push('*'),
                    (1, None) => self.out.push('+'),
                    (0, Some(1)) => self.out.push('?'),
                    (min, None) => self.out.push_str(&format!("{{{min},}}")),
                    (min, Some(max)) if min == max => self.out.push_str(&format!("{{{min}}}")),
                    (min, Some(max)) => self.out.push_str(&format!("{{{min},{max}}}")),
                }
                if !q.greedy {
                    self.out.push('?');
                }
            }
            Term::Character(c) => {
                let item = self.char_item(c.value);
                self.out.push_str(&item);
            }
            Term::Dot(_) => {
                if self.dot_all {
                    self.out.push_str("(?s:.)");
                } else {
                    self.out.push_str(&format!("[^{LINE_TERMINATORS}]"));
                }
            }
            Term::CharacterClassEscape(e) => {
                let (items, negative) = self.escape_items(e.kind);
                self.out.push_str(&format!("[{}{items}]", if negative { "^" } else { "" }));
            }
            Term::UnicodePropertyEscape(p) if p.strings => {
                let (strings, chars) = self.property_of_strings(p)?;
                self.string_alternation(&strings, &chars);
            }
            Term::UnicodePropertyEscape(p) => {
                let item = self.property_escape(p)?;
                self.out.push_str(&item);
            }
            Term::CharacterClass(class) => self.class(class)?,
            Term::CapturingGroup(g) => {
                self.out.push('(');
                self.disjunction(&g.body)?;
                self.out.push(')');
            }
            Term::IgnoreGroup(g) => {
                let saved = (self.ignore_case, self.multiline, self.dot_all);
                self.out.push_str("(?");
                if let Some(m) = &g.modifiers {
                    if m.enabling.contains(Modifier::I) {
                        self.ignore_case = true;
                        if self.unicode() {
                            self.out.push('i');
                        }
                    }
                    if m.disabling.contains(Modifier::I) {
                        self.ignore_case = false;
                        if self.unicode() {
                            self.out.push_str("-i");
                        }
                    }
                    self.multiline =
                        (self.multiline || m.enabling.contains(Modifier::M)) && !m.disabling.contains(Modifier::M);
                    self.dot_all =
                        (self.dot_all || m.enabling.contains(Modifier::S)) && !m.disabling.contains(Modifier::S);
                }
                self.out.push(':');
                self.disjunction(&g.body)?;
                self.out.push(')');
                (self.ignore_case, self.multiline, self.dot_all) = saved;
            }
            Term::IndexedReference(r) => self.backreference(r.index as usize),
            Term::NamedReference(r) => {
                // A name may belong to groups in different alternatives
                // (duplicate named groups): the one that took part.
                let name = r.name.to_string();
                let named: Vec<usize> = self.plan.names.iter().filter(|(n, _)| *n == name).map(|&(_, i)| i).collect();
                if named.is_empty() {
                    return Err(format!("Invalid named capture referenced: {name}"));
                }
                self.backtracks = true;
                let indices: Vec<usize> = named.into_iter().filter_map(|i| self.plan.internal(i)).collect();
                let mut text = String::new();
                for index in &indices {
                    text.push_str(&format!("(?({index}){}|", self.backreference_item(*index)));
                }
                text.push_str(&")".repeat(indices.len()));
                self.out.push_str(&format!("(?:{text})"));
            }
        }
        Ok(())
    }

    /// `\n`: the group's text if it participated, else the empty string
    /// (always, for a group the translation left out).
    fn backreference(&mut self, index: usize) {
        self.backtracks = true;
        match self.plan.internal(index) {
            Some(index) => {
                let item = self.backreference_item(index);
                self.out.push_str(&format!("(?:(?({index}){item}|))"));
            }
            None => self.out.push_str("(?:)"),
        }
    }

    /// `\index` of the translation's groups; case-insensitive when it
    /// must be and the pattern-wide `(?i)` is left out.
    fn backreference_item(&self, index: usize) -> String {
        if self.folds_code_units() { format!("(?i:\\{index})") } else { format!("\\{index}") }
    }

    /// A class escape as class items, and whether it is negated.
    fn escape_items(&self, kind: CharacterClassEscapeKind) -> (&'static str, bool) {
        match kind {
            CharacterClassEscapeKind::D => ("0-9", false),
            CharacterClassEscapeKind::NegativeD => ("0-9", true),
            CharacterClassEscapeKind::S => (WHITE_SPACE, false),
            CharacterClassEscapeKind::NegativeS => (WHITE_SPACE, true),
            CharacterClassEscapeKind::W => (self.word_items(), false),
            CharacterClassEscapeKind::NegativeW => (self.word_items(), true),
        }
    }

    /// A character class; `[]` never matches and `[^]` matches anything.
    fn class(&mut self, class: &CharacterClass<'_>) -> Result<(), String> {
        if class.strings {
            let (strings, chars) = self.class_parts(class)?;
            self.string_alternation(&strings, &chars);
            return Ok(());
        }
        if class.body.is_empty() {
            self.out.push_str(if class.negative { r"[\x{0}-\x{10FFFF}]" } else { NOTHING });
            return Ok(());
        }
        self.out.push('[');
        if class.negative {
            self.out.push('^');
        }
        for (i, item) in class.body.iter().enumerate() {
            if i > 0 {
                self.out.push_str(class_separator(class.kind));
            }
            let text = self.class_item(item)?;
            self.out.push_str(&text);
        }
        self.out.push(']');
        Ok(())
    }

    /// One item of a class as class text: its code points (the strings of
    /// an item in a class that cannot hold strings, such as `[a--\q{bc}]`,
    /// drop out of it).
    fn class_item(&mut self, item: &CharacterClassContents<'_>) -> Result<String, String> {
        Ok(match item {
            CharacterClassContents::UnicodePropertyEscape(p) if p.strings => self.property_of_strings(p)?.1,
            CharacterClassContents::NestedCharacterClass(nested) if nested.strings => self.class_parts(nested)?.1,
            CharacterClassContents::CharacterClassRange(r) => {
                let mut item = self.range_item(r.min.value, r.max.value);
                if self.folds_code_units() {
                    item.extend(non_unicode_equivalents_outside(r.min.value, r.max.value).map(code_point_item));
                }
                item
            }
            CharacterClassContents::CharacterClassEscape(e) => {
                let (items, negative) = self.escape_items(e.kind);
                format!("[{}{items}]", if negative { "^" } else { "" })
            }
            CharacterClassContents::UnicodePropertyEscape(p) => self.property_escape(p)?,
            CharacterClassContents::Character(c) => self.char_item(c.value),
            CharacterClassContents::NestedCharacterClass(nested) => {
                let mark = self.out.len();
                self.class(nested)?;
                self.out.split_off(mark)
            }
            CharacterClassContents::ClassStringDisjunction(d) => self.class_parts_of_strings(d).1,
        })
    }

    /// A class that may contain strings (`v`): the strings of other than
    /// one code point it holds and the class text of its code points,
    /// through its unions, intersections and differences
    /// (CompileToCharSet with strings). A negated class never holds strings.
    fn class_parts(&mut self, class: &CharacterClass<'_>) -> Result<(StringSet, String), String> {
        let mut strings: Option<StringSet> = None;
        let mut chars = String::from("[");
        for (i, item) in class.body.iter().enumerate() {
            if i > 0 {
                chars.push_str(class_separator(class.kind));
            }
            let (item_strings, item_chars) = match item {
                CharacterClassContents::ClassStringDisjunction(d) => self.class_parts_of_strings(d),
                CharacterClassContents::UnicodePropertyEscape(p) if p.strings => self.property_of_strings(p)?,
                CharacterClassContents::NestedCharacterClass(n) if n.strings => self.class_parts(n)?,
                other => (StringSet::new(), self.class_item(other)?),
            };
            chars.push_str(&item_chars);
            strings = Some(match (strings, class.kind) {
                (None, _) => item_strings,
                (Some(acc), CharacterClassContentsKind::Union) => acc.union(&item_strings).cloned().collect(),
                (Some(acc), CharacterClassContentsKind::Intersection) => {
                    acc.intersection(&item_strings).cloned().collect()
                }
                (Some(acc), CharacterClassContentsKind::Subtraction) => {
                    acc.difference(&item_strings).cloned().collect()
                }
            });
        }
        chars.push(']');
        if class.body.is_empty() {
            chars = NOTHING.to_string();
        }
        Ok((strings.unwrap_or_default(), chars))
    }

    /// `\q{…|…}`: its strings, and its one-code-point strings as class text.
    fn class_parts_of_strings(&self, d: &ClassStringDisjunction<'_>) -> (StringSet, String) {
        let mut strings = StringSet::new();
        let mut chars = String::new();
        for s in &d.body {
            match s.body.as_slice() {
                [c] => chars.push_str(&self.char_item(c.value)),
                more => {
                    strings.insert(more.iter().map(|c| c.value).collect());
                }
            }
        }
        let chars = if chars.is_empty() { NOTHING.to_string() } else { format!("[{chars}]") };
        (strings, chars)
    }

    /// A property of strings: its strings, and its code points as class
    /// text.
    fn property_of_strings(
        &self,
        p: &oxc_regular_expression::ast::UnicodePropertyEscape<'_>,
    ) -> Result<(StringSet, String), String> {
        let Some((strings, ranges)) = crate::unicode_property::property_of_strings(p.name.as_str()) else {
            return Err(format!("the property of strings {} is not supported", p.name));
        };
        let items: String = ranges.iter().map(|&(lo, hi)| self.range_item(lo, hi)).collect();
        let chars = if items.is_empty() { NOTHING.to_string() } else { format!("[{items}]") };
        Ok((strings.into_iter().collect(), chars))
    }

    /// Matches one of `strings`, longest first (as a class with strings
    /// tries them), else a code point of `chars`, else the empty string
    /// when it is one of the strings.
    fn string_alternation(&mut self, strings: &StringSet, chars: &str) {
        let mut ordered: Vec<&Vec<u32>> = strings.iter().filter(|s| !s.is_empty()).collect();
        ordered.sort_by_key(|s| std::cmp::Reverse(s.len()));
        self.out.push_str("(?:");
        for s in ordered {
            self.weight = self.weight.saturating_add(s.len() as u64);
            for &c in s {
                let item = self.char_item(c);
                self.out.push_str(&item);
            }
            self.out.push('|');
        }
        self.out.push_str(chars);
        if strings.contains(&Vec::new()) {
            self.out.push('|');
        }
        self.out.push(')');
    }
}

/// The strings of a class, as code points.
type StringSet = std::collections::BTreeSet<Vec<u32>>;

/// How the items of a class combine, as the regex crate spells it.
fn class_separator(kind: CharacterClassContentsKind) -> &'static str {
    match kind {
        CharacterClassContentsKind::Union => "",
        CharacterClassContentsKind::Intersection => "&&",
        CharacterClassContentsKind::Subtraction => "--",
    }
}

/// A code point as a pattern item that means exactly it.
fn code_point_item(value: u32) -> String {
    match char::from_u32(value) {
        Some(c) if c.is_ascii_alphanumeric() => c.to_string(),
        _ => format!("\\x{{{value:X}}}"),
    }
}

impl Translator<'_> {
    /// A code point (or lone surrogate) as a pattern item that means
    /// exactly it, or under `i` without `u` the code units it matches.
    fn char_item(&self, value: u32) -> String {
        if self.folds_code_units()
            && let Some(units) = non_unicode_equivalents(value)
        {
            return format!("[{}]", units.iter().map(|&u| code_point_item(u.into())).collect::<String>());
        }
        self.range_item(value, value)
    }

    /// The class item for `lo..=hi`: its surrogates are the window's
    /// characters, its real code points all but the window's.
    fn range_item(&self, lo: u32, hi: u32) -> String {
        const SURROGATES: (u32, u32) = (0xD800, 0xDFFF);
        let mut parts = Vec::new();
        if lo < SURROGATES.0 {
            parts.push((lo, hi.min(SURROGATES.0 - 1)));
        }
        if let Some(w) = self.window
            && lo <= SURROGATES.1
            && hi >= SURROGATES.0
        {
            parts.push((w.char_for(lo.max(SURROGATES.0)), w.char_for(hi.min(SURROGATES.1))));
        }
        if hi > SURROGATES.1 {
            let real = (lo.max(SURROGATES.1 + 1), hi);
            match self.window {
                Some(w) if real.0 <= w.last() && real.1 >= w.first() => {
                    parts.extend([(real.0, w.first() - 1), (w.last() + 1, real.1)].into_iter().filter(|(a, b)| a <= b));
                }
                _ => parts.push(real),
            }
        }
        let item = |&(a, b): &(u32, u32)| {
            if a == b { code_point_item(a) } else { format!("{}-{}", code_point_item(a), code_point_item(b)) }
        };
        match parts.as_slice() {
            [] => NOTHING.to_string(),
            [(a, b)] if a == b => item(&(*a, *b)),
            _ => format!("[{}]", parts.iter().map(item).collect::<String>()),
        }
    }

    /// `\p{…}` / `\P{…}` as a class of the property's code points
    /// (`unicode_property`): the regex crate's own property corrected to
    /// Unicode 17, or every range written out, with surrogates as the
    /// window's characters and the window's real characters left out.
    fn property_escape(&self, p: &oxc_regular_expression::ast::UnicodePropertyEscape<'_>) -> Result<String, String> {
        use crate::unicode_property::{PropertyClass, property_class, property_complement};
        if p.strings {
            return Err("properties of strings are not supported".to_string());
        }
        let value = p.value.as_ref().map(|v| v.as_str());
        let items = |ranges: &[(u32, u32)]| ranges.iter().map(|&(lo, hi)| self.range_item(lo, hi)).collect::<String>();
        if p.negative && self.ignore_case {
            // CharacterClassEscape :: \P{…} is the complement's set, whose
            // members are then folded: spell it as a positive class.
            let Some(ranges) = property_complement(p.name.as_str(), value) else {
                return Err(format!("unknown Unicode property {}", p.name));
            };
            return Ok(if ranges.is_empty() { NOTHING.to_string() } else { format!("[{}]", items(&ranges)) });
        }
        let Some(class) = property_class(p.name.as_str(), value) else {
            return Err(format!("unknown Unicode property {}", p.name));
        };
        let not = if p.negative { "^" } else { "" };
        Ok(match &*class {
            PropertyClass::Native { spec, added, removed } if added.is_empty() && removed.is_empty() => {
                format!("\\{}{{{spec}}}", if p.negative { 'P' } else { 'p' })
            }
            PropertyClass::Native { spec, added, removed } if removed.is_empty() => {
                format!("[{not}\\p{{{spec}}}{}]", items(added))
            }
            PropertyClass::Native { spec, added, removed } => {
                format!("[{not}[\\p{{{spec}}}{}]--[{}]]", items(added), items(removed))
            }
            PropertyClass::Explicit(ranges) if ranges.is_empty() => {
                if p.negative {
                    self.range_item(0, 0x10FFFF)
                } else {
                    NOTHING.to_string()
                }
            }
            PropertyClass::Explicit(ranges) => format!("[{not}{}]", items(ranges)),
        })
    }
}

/// The code units that share a canonical value under `i` without `u` or
/// `v`, in classes of two or more: Canonicalize(rer, ch) takes a code unit
/// to its upper case when that is one code unit, except that a non-ASCII
/// unit never becomes an ASCII one (so `\u212A`, the Kelvin sign, and
/// `\u017F`, a long s, match only themselves, and `ß` matches only `ß`).
struct NonUnicodeFolding {
    classes: Vec<Vec<u16>>,
    /// Every unit of a class with its class's index, by unit.
    class_of: Vec<(u16, usize)>,
}

fn non_unicode_folding() -> &'static NonUnicodeFolding {
    static FOLDING: std::sync::OnceLock<NonUnicodeFolding> = std::sync::OnceLock::new();
    FOLDING.get_or_init(|| {
        let canonicalize = |unit: u16| -> u16 {
            let Some(c) = char::from_u32(unit.into()) else { return unit };
            let mut upper = c.to_uppercase();
            match (upper.next(), upper.next()) {
                (Some(u), None) => match u16::try_from(u32::from(u)) {
                    Ok(cu) if unit >= 0x80 && cu < 0x80 => unit,
                    Ok(cu) => cu,
                    Err(_) => unit,
                },
                _ => unit,
            }
        };
        let mut by_canonical: std::collections::BTreeMap<u16, Vec<u16>> = std::collections::BTreeMap::new();
        for unit in 0..=u16::MAX {
            by_canonical.entry(canonicalize(unit)).or_default().push(unit);
        }
        let classes: Vec<Vec<u16>> = by_canonical.into_values().filter(|units| units.len() > 1).collect();
        let mut class_of: Vec<(u16, usize)> =
            classes.iter().enumerate().flat_map(|(i, units)| units.iter().map(move |&u| (u, i))).collect();
        class_of.sort_unstable();
        NonUnicodeFolding { classes, class_of }
    })
}

/// The code units `value` matches under `i` without `u`, when there are
/// others than itself.
fn non_unicode_equivalents(value: u32) -> Option<&'static [u16]> {
    let folding = non_unicode_folding();
    let unit = u16::try_from(value).ok()?;
    let at = folding.class_of.binary_search_by_key(&unit, |&(u, _)| u).ok()?;
    let &(_, class) = folding.class_of.get(at)?;
    folding.classes.get(class).map(Vec::as_slice)
}

/// The code units outside `lo..=hi` that a unit inside it matches under
/// `i` without `u` (found by binary search, so a long class of ranges
/// translates in time linear in its length).
fn non_unicode_equivalents_outside(lo: u32, hi: u32) -> impl Iterator<Item = u32> {
    let folding = non_unicode_folding();
    let first = folding.class_of.partition_point(|&(u, _)| u32::from(u) < lo);
    let end = folding.class_of.partition_point(|&(u, _)| u32::from(u) <= hi);
    let mut classes: Vec<usize> = folding.class_of.get(first..end).unwrap_or(&[]).iter().map(|&(_, c)| c).collect();
    classes.sort_unstable();
    classes.dedup();
    classes
        .into_iter()
        .filter_map(|c| folding.classes.get(c))
        .flatten()
        .map(|&u| u32::from(u))
        .filter(move |u| !(lo..=hi).contains(u))
}

// ---- the VM side: RegExp objects and matching under the budgets ----

/// Compiled patterns a cache keeps for reuse, at most, and the most bytes
/// (by `Compiled::heap_size`) they may hold together. A pattern bigger than
/// `LARGE_PATTERN_BYTES` is never cached: it is compiled, and charged for,
/// at every creation, so the engine-wide cache stays small whatever
/// scripts do.
const CACHED_PATTERNS: usize = 256;
const CACHED_BYTES: usize = 4 << 20;
const LARGE_PATTERN_BYTES: usize = 256 << 10;
/// Bytes of compiled automata per unit of a pattern's weight (measured:
/// `(?:[^a]){3938}` under `u`, weight 252 000, takes about 4 MB).
const WEIGHT_BYTES: usize = 16;

/// Compiled patterns by source and flags. Cloning shares it: an engine
/// hands one to all its sandboxes (a `Compiled` is immutable and `Sync`).
#[derive(Clone, Debug, Default)]
pub struct PatternCache(Arc<Mutex<Patterns>>);

/// Compiled patterns by source, flags and surrogate window.
type PatternKey = (String, String, Option<Window>);
type Patterns = std::collections::HashMap<PatternKey, Arc<Compiled>>;

impl PatternCache {
    /// The compiled pattern for `source` and `flags`, compiling it if no
    /// one has yet.
    fn get_or_compile(&self, key: &PatternKey) -> Result<Arc<Compiled>, String> {
        if let Some(c) = self.lock().get(key) {
            return Ok(c.clone());
        }
        let compiled = Arc::new(Compiled::new(&key.0, &key.1, key.2)?);
        if compiled.is_large() {
            return Ok(compiled);
        }
        let mut cache = self.lock();
        let held: usize = cache.values().map(|c| c.heap_size()).sum();
        if cache.len() >= CACHED_PATTERNS || held.saturating_add(compiled.heap_size()) > CACHED_BYTES {
            cache.clear();
        }
        cache.insert(key.clone(), compiled.clone());
        Ok(compiled)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Patterns> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A VM's regular expression state: its pattern cache (maybe shared), and
/// the last subject prepared for matching (a global match loop prepares its
/// string once).
#[derive(Default)]
pub struct RegExpCache {
    pub patterns: PatternCache,
    subject: Option<(JsStr, std::sync::Arc<Subject>)>,
    /// The patterns this VM has paid the compilation of: the first use of
    /// each costs what compiling costs, later ones what copying the source
    /// costs, whatever the shared cache holds.
    compiled_here: crate::heap::SeededHashSet<PatternKey>,
    pub legacy: LegacyStatics,
}

impl RegExpCache {
    /// The strings this state keeps alive: the prepared subject while it
    /// is cached, and the legacy static properties' subjects.
    pub fn roots(&self) -> impl Iterator<Item = Value> {
        let subject = self.subject.as_ref().map(|(s, _)| *s);
        let legacy = [self.legacy.input, self.legacy.last_match.as_ref().map(|(s, _)| *s)];
        subject.into_iter().chain(legacy.into_iter().flatten()).map(Value::String)
    }
}

/// The legacy static properties of %RegExp% (Annex B, `legacy-regexp`):
/// the internal slots [[RegExpInput]], [[RegExpLastMatch]], … kept as the
/// subject and capture spans of the last match, read out by the getters.
/// At the start every property is the empty string; a match by a RegExp
/// without legacy features (a subclass instance) empties them, and then
/// reading one throws a TypeError.
#[derive(Clone, Debug, Default)]
pub struct LegacyStatics {
    /// [[RegExpInput]] when not the empty string or empty.
    pub input: Option<JsStr>,
    /// The subject and capture spans of the last match.
    pub last_match: Option<(JsStr, Captures)>,
    /// Whether the slots were emptied (InvalidateLegacyRegExpStaticProperties)
    /// since the last match; setting `input` fills only its own slot.
    pub invalidated: bool,
}

impl LegacyStatics {
    /// UpdateLegacyRegExpStaticProperties after a match of `spans` in `s`
    /// by a RegExp with legacy features, else
    /// InvalidateLegacyRegExpStaticProperties.
    pub fn record(&mut self, legacy: bool, s: JsStr, spans: &Captures) {
        *self = if legacy {
            LegacyStatics { input: Some(s), last_match: Some((s, spans.clone())), invalidated: false }
        } else {
            LegacyStatics { input: None, last_match: None, invalidated: true }
        };
    }
}

impl Vm {
    /// RegExpAlloc and RegExpInitialize: a RegExp object of `proto` for
    /// `pattern` and `flags` (a SyntaxError when either is invalid), with
    /// `lastIndex` 0; `legacy` when %RegExp% itself makes it.
    pub fn regexp_create(&mut self, pattern: JsStr, flags: JsStr, proto: ObjRef, legacy: bool) -> JsResult<ObjRef> {
        let data = self.regexp_data(pattern, flags, legacy)?;
        let rx = self.alloc_object(Some(proto), ObjectKind::RegExp(Box::new(data)))?;
        let last_index = crate::heap::object::PropertyKey::Atom(self.realm.names.last_index);
        self.define_property_raw(rx, last_index, Property::data(Value::Number(0.0), WRITABLE))?;
        Ok(rx)
    }

    /// RegExpInitialize on an existing RegExp object (Annex B's
    /// `RegExp.prototype.compile`): a new matcher, source and flags, then
    /// `lastIndex` set to 0 (a TypeError when it is read-only).
    pub fn regexp_reinitialize(&mut self, rx: ObjRef, pattern: JsStr, flags: JsStr) -> JsResult<()> {
        let legacy = matches!(&self.heap.object(rx).kind, ObjectKind::RegExp(r) if r.legacy);
        let data = self.regexp_data(pattern, flags, legacy)?;
        let bytes = std::mem::size_of::<RegExpData>() + data.compiled.heap_size();
        self.reserve(bytes)?;
        match self.heap.object_mut(rx).map(|o| &mut o.kind) {
            Some(ObjectKind::RegExp(r)) => **r = data,
            _ => return Err(self.internal("compile on a non-RegExp")),
        }
        // The old matcher's bytes stay counted until the next collection.
        self.heap.grow(bytes);
        let last_index = crate::heap::object::PropertyKey::Atom(self.realm.names.last_index);
        if !self.set(rx, last_index, Value::Number(0.0), Value::Object(rx))? {
            return Err(self.error(ErrorKind::TypeError, "Cannot assign to read only property 'lastIndex'"));
        }
        Ok(())
    }

    /// A RegExp's internal slots for `pattern` and `flags`: a SyntaxError
    /// when they do not form a pattern.
    fn regexp_data(&mut self, pattern: JsStr, flags: JsStr, legacy: bool) -> JsResult<RegExpData> {
        let source = self.heap.to_rust_string(pattern);
        let flags_text = self.heap.to_rust_string(flags);
        let compiled = match self.compile_pattern((source, flags_text, None))? {
            Ok(c) => c,
            Err(message) => return Err(self.error(ErrorKind::SyntaxError, &message)),
        };
        Ok(RegExpData { compiled, source: pattern, flags, legacy })
    }

    /// The compiled pattern for `key`, charged: the first use of a pattern
    /// in this VM pays for compiling it, even when the engine's cache has
    /// it, so gas never depends on what other sandboxes ran. The inner
    /// error is the message of a SyntaxError.
    fn compile_pattern(&mut self, key: PatternKey) -> JsResult<Result<Arc<Compiled>, String>> {
        self.charge_units(key.0.len())?;
        self.charge(16)?;
        let first_here = !self.regexps.compiled_here.contains(&key);
        if first_here {
            let units = key.0.len() as u64;
            self.charge(
                crate::gas::REGEXP_COMPILE.saturating_add(crate::gas::REGEXP_COMPILE_UNIT.saturating_mul(units)),
            )?;
        }
        // Compiling is bounded by the automata size limit (tens of
        // milliseconds at most); what it really cost, by the pattern's
        // weight, is charged right after.
        let compiled = match self.regexps.patterns.get_or_compile(&key) {
            Ok(c) => c,
            Err(message) => return Ok(Err(message)),
        };
        if first_here || compiled.is_large() {
            self.charge(crate::gas::REGEXP_COMPILE_WEIGHT.saturating_mul(compiled.weight))?;
        }
        if first_here {
            self.hold_for_good(key.0.len() + key.1.len() + 64)?;
            self.regexps.compiled_here.insert(key);
        }
        Ok(Ok(compiled))
    }

    /// The matching step of RegExpBuiltinExec: the match of `rx` in `s` at
    /// `from` (sticky) or at the first place at or after it, as UTF-16
    /// capture spans.
    pub fn regexp_match(&mut self, rx: ObjRef, s: JsStr, from: usize, sticky: bool) -> JsResult<Option<Captures>> {
        let ObjectKind::RegExp(data) = &self.heap.object(rx).kind else {
            return Err(self.error(ErrorKind::TypeError, "not a RegExp"));
        };
        let mut compiled = data.compiled.clone();
        let code_units = !(compiled.flags.unicode || compiled.flags.unicode_sets);
        let subject = match &self.regexps.subject {
            Some((cached, subject)) if *cached == s && subject.code_units == code_units => subject.clone(),
            _ => {
                self.charge_units(s.len() as usize)?;
                let bytes = Subject::size_for(self.heap.units(s));
                self.reserve(bytes)?;
                let subject = std::sync::Arc::new(Subject::new(self.heap.units(s), code_units));
                self.regexps.subject = Some((s, subject.clone()));
                subject
            }
        };
        if subject.window != compiled.window {
            let key = (compiled.source.to_string(), compiled.flags.text(), subject.window);
            compiled = match self.compile_pattern(key)? {
                Ok(c) => c,
                Err(message) => return Err(self.error(ErrorKind::SyntaxError, &message)),
            };
        }
        let mut stopped = None;
        let mut charge = |amount: u64| match self.charge(amount) {
            Ok(()) => true,
            Err(e) => {
                stopped = Some(e);
                false
            }
        };
        match compiled.run(&subject, from, sticky, &mut charge) {
            Ok(found) => Ok(found),
            Err(RunError::OutOfGas) => Err(stopped.unwrap_or_else(|| Termination::OutOfGas.into())),
            Err(RunError::Engine(message)) => Err(self.error(ErrorKind::RangeError, &message)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    /// Runs `pattern` on `subject` from 0 with unlimited gas.
    fn spans(pattern: &str, flags: &str, subject: &[u16]) -> Option<Vec<Option<(usize, usize)>>> {
        let code_units = !flags.contains(['u', 'v']);
        let subject = Subject::new(subject, code_units);
        let compiled = Compiled::new(pattern, flags, subject.window).expect("compiles");
        compiled.run(&subject, 0, false, &mut |_| true).expect("runs").map(|c| c.to_vec())
    }

    fn compile(pattern: &str, flags: &str) -> Compiled {
        Compiled::new(pattern, flags, None).expect("compiles")
    }

    #[test]
    fn canonicalize_without_u_keeps_non_ascii_units_off_ascii() {
        assert_eq!(non_unicode_equivalents('k'.into()), Some(&[0x4B, 0x6B][..]));
        // The Kelvin sign and the long s upper-case to ASCII: themselves only.
        assert_eq!(non_unicode_equivalents(0x212A), None);
        assert_eq!(non_unicode_equivalents(0x17F), None);
        // ß upper-cases to two units: itself only; σ, ς and Σ share Σ.
        assert_eq!(non_unicode_equivalents('ß'.into()), None);
        assert_eq!(non_unicode_equivalents('ς'.into()), Some(&[0x3A3, 0x3C2, 0x3C3][..]));
        assert_eq!(non_unicode_equivalents(0xD800), None);
        let outside: Vec<u32> = non_unicode_equivalents_outside('a'.into(), 'c'.into()).collect();
        assert_eq!(outside, vec![0x41, 0x42, 0x43]);
    }

    #[test]
    fn flags_parse_once_each_in_canonical_order() {
        assert_eq!(Flags::parse("yimg").map(|f| f.text()), Some("gimy".to_string()));
        assert_eq!(Flags::parse("gg"), None);
        assert_eq!(Flags::parse("uv"), None);
        assert_eq!(Flags::parse("x"), None);
    }

    #[test]
    fn positions_are_utf16_around_pairs_and_lone_surrogates() {
        // "é😀x": é is 1 unit (2 bytes), 😀 is 2 units (4 bytes).
        assert_eq!(spans("x", "", &units("é😀x")), Some(vec![Some((3, 4))]));
        assert_eq!(spans("😀", "u", &units("é😀x")), Some(vec![Some((1, 3))]));
        // A lone surrogate matches the same lone surrogate in the pattern.
        let lone = [0x61, 0xD800, 0x62];
        assert_eq!(spans("\\uD800b", "", &lone), Some(vec![Some((1, 3))]));
        assert_eq!(spans("\\uD800", "", &units("😀")), None);
    }

    #[test]
    fn lone_surrogates_never_meet_real_characters() {
        // Every window's first character, as the subject or the pattern.
        for window in [Window::DEFAULT, Window(0), Window(30), Window(32)] {
            let real = char::from_u32(window.first()).expect("a code point").to_string();
            assert_eq!(spans("^\\uD800$", "", &units(&real)), None, "{real:?}");
            assert_eq!(spans("^\\uD800$", "u", &units(&real)), None);
            assert_eq!(spans(&format!("^\\u{{{:X}}}$", window.first()), "u", &[0xD800]), None);
            // A subject with both: each matches only itself.
            let both: Vec<u16> = [0xD800].into_iter().chain(real.encode_utf16()).collect();
            assert_eq!(spans("\\uD800", "", &both), Some(vec![Some((0, 1))]));
            assert_eq!(spans(&format!("\\u{{{:X}}}", window.first()), "u", &both), Some(vec![Some((1, 3))]));
            assert_eq!(spans("[\\u{10000}-\\u{10FFFF}]", "u", &both), Some(vec![Some((1, 3))]));
            assert_eq!(spans("^[^\\u{10000}-\\u{10FFFF}]", "u", &both), Some(vec![Some((0, 1))]));
        }
        // Only a subject with lone surrogates and characters in every window
        // confuses them: the default window's first character reads as \uD800.
        let crowded: Vec<u16> = (0..64u32)
            .flat_map(|n| {
                char::from_u32(0xF0000 + n * 0x800)
                    .expect("a code point")
                    .to_string()
                    .encode_utf16()
                    .collect::<Vec<_>>()
            })
            .chain([0xDC00])
            .collect();
        assert_eq!(spans("\\uD800", "u", &crowded), Some(vec![Some((124, 126))]));
        assert_eq!(spans("\\u{10F000}", "u", &crowded[..crowded.len() - 1]), Some(vec![Some((124, 126))]));
    }

    #[test]
    fn surrogate_and_private_use_properties() {
        let lone = [0x61, 0xDFFF];
        assert_eq!(spans("\\p{Cs}", "u", &lone), Some(vec![Some((1, 2))]));
        assert_eq!(spans("\\p{General_Category=Surrogate}", "u", &lone), Some(vec![Some((1, 2))]));
        assert_eq!(spans("[\\P{Cs}]", "u", &lone), Some(vec![Some((0, 1))]));
        assert_eq!(spans("\\p{Co}", "u", &lone), None);
        assert_eq!(spans("\\P{Co}$", "u", &lone), Some(vec![Some((1, 2))]));
        assert_eq!(spans("\\p{Co}", "u", &units("\u{F0000}")), Some(vec![Some((0, 2))]));
        assert_eq!(spans("\\p{Cs}", "u", &units("\u{F0000}")), None);
    }

    #[test]
    fn unset_groups_and_named_groups() {
        let compiled = compile("(?<x>a)|(?<y>b)", "");
        assert_eq!(compiled.group_count, 2);
        assert_eq!(compiled.group_names, vec![("x".to_string(), 1), ("y".to_string(), 2)]);
        assert_eq!(spans("(a)?\\1b", "", &units("b")), Some(vec![Some((0, 1)), None]));
    }

    #[test]
    fn captures_of_earlier_iterations_are_reset() {
        // The hidden group of `(?:…)+` takes translated group 1, so the
        // script's group 1 is translated group 2.
        let compiled = compile("(?:(a)|b)+", "");
        assert_eq!(compiled.group_count, 1);
        assert_eq!(compiled.plan.internal(1), Some(2));
        assert_eq!(spans("(?:(a)|b)+", "", &units("ab")), Some(vec![Some((0, 2)), None]));
        assert_eq!(spans("(?:(a)|b)+", "", &units("ba")), Some(vec![Some((0, 2)), Some((1, 2))]));
        // A quantifier that cannot repeat has nothing to reset.
        assert_eq!(compile("(?:(a)|b)?", "").plan.internal(1), Some(1));
        // Backreferences follow the renumbering.
        assert_eq!(spans("(?:(a)b)+\\1", "", &units("aba")), Some(vec![Some((0, 3)), Some((0, 1))]));
        // Groups of a lookahead the translation leaves out always miss.
        assert_eq!(spans("(?=(a))?a\\1", "", &units("a")), Some(vec![Some((0, 1)), None]));
    }

    #[test]
    fn classes_with_strings_try_the_longest_first() {
        assert_eq!(spans("[\\q{a|abc|ab}]", "v", &units("abcd")), Some(vec![Some((0, 3))]));
        // The empty string comes last: a code point is preferred to it.
        assert_eq!(spans("[\\q{|b}a]", "v", &units("ab")), Some(vec![Some((0, 1))]));
        // Differences and intersections act on the strings too.
        assert_eq!(spans("[\\q{ab|cd}--\\q{ab}]", "v", &units("ab")), None);
        assert_eq!(spans("[\\q{ab|cd}&&\\q{cd}]", "v", &units("abcd")), Some(vec![Some((2, 4))]));
        let keycap = units("#\u{FE0F}\u{20E3}");
        assert_eq!(spans("\\p{Emoji_Keycap_Sequence}", "v", &keycap), Some(vec![Some((0, 3))]));
        assert!(Compiled::new("\\p{RGI_Emoji}", "v", None).is_err());
    }

    #[test]
    fn a_pattern_weighs_its_expanded_size() {
        let weight = |source: &str, flags: &str| compile(source, flags).weight;
        assert_eq!(weight("abc", ""), 3);
        // A quantifier and a group weigh 1 each, like a character.
        assert_eq!(weight("(?:ab){10}", ""), 1 + (1 + 2) * 10);
        assert_eq!(weight("[^a]{100}", ""), 8 * 100 + 1);
        assert_eq!(weight("[^a]{100}", "u"), 64 * 100 + 1);
        assert_eq!(weight("(?:(?:a){10}){10}", ""), 1 + (1 + 1 + (1 + 1) * 10) * 10);
        assert!(!compile("[a-z]+@[a-z]+", "u").is_large());
        assert!(compile("(?:[^a]){3938}", "u").is_large());
    }

    #[test]
    fn backtracking_is_charged_in_growing_tiers_until_refused() {
        let compiled = compile("(a*)*\\1b", "");
        let subject = Subject::new(&units(&"a".repeat(30)), true);
        let mut charged = Vec::new();
        let mut budget = 1_000_000u64;
        let result = compiled.run(&subject, 0, false, &mut |n| {
            charged.push(n);
            budget = budget.saturating_sub(n);
            budget > 0
        });
        assert_eq!(result, Err(RunError::OutOfGas));
        let step = crate::gas::REGEXP_BACKTRACK_STEP;
        assert_eq!(charged.get(..3), Some(&[64 * step, 256 * step, 1024 * step][..]));
        // A pattern without backtracking is only charged for what it scans.
        let linear = compile("(a+)+$", "");
        let mut total = 0;
        let subject = Subject::new(&units(&format!("{}b", "a".repeat(40))), true);
        let found = linear.run(&subject, 0, false, &mut |n| {
            total += n;
            true
        });
        assert_eq!(found, Ok(None));
        assert_eq!(total, 41 / 16 + crate::gas::REGEXP_MATCH);
    }

    #[test]
    fn deep_or_huge_patterns_are_refused() {
        assert!(Compiled::new(&"(".repeat(300), "", None).is_err_and(|e| e.contains("nested too deeply")));
        assert!(Compiled::new(&"a".repeat(MAX_PATTERN_LENGTH + 1), "", None).is_err_and(|e| e.contains("too large")));
    }
}
