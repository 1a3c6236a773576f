//! The code points of a `\p{…}` property escape, from the Unicode Character
//! Database as the `icu_properties` crate carries it: Unicode 17.0 in the
//! pinned 2.3.0 (2.4 carries 18.0, newer than test262's data), so a pattern
//! means the same whatever Unicode tables the regex crate has.
//!
//! Writing a big property out range by range makes patterns slow to parse,
//! so [`property_class`] spells it for the regex crate as its own `\p{…}`
//! corrected by the code points the two data sets disagree on (a handful,
//! the characters of one Unicode version), worked out once per property
//! and process. A property the regex crate does not know, or one reaching
//! the surrogates or planes 15–16 (where the translator's surrogate window
//! lives), is written out in full.

use icu_properties::props::{GeneralCategory, GeneralCategoryGroup, Script};
use icu_properties::script::ScriptWithExtensions;
use icu_properties::{CodePointMapData, CodePointSetData, PropertyParser};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// A code point set as sorted, disjoint, non-adjacent inclusive ranges.
pub type Ranges = Vec<(u32, u32)>;

/// How a property escape is spelled for the regex crate.
#[derive(Debug, PartialEq, Eq)]
pub enum PropertyClass {
    /// The regex crate's `\p{spec}`, plus `added`, minus `removed`.
    Native { spec: String, added: Ranges, removed: Ranges },
    /// Every range, written out.
    Explicit(Ranges),
}

/// The class for `\p{name}` or `\p{name=value}`, from a process-wide
/// cache; `None` when ECMAScript does not accept the names.
pub fn property_class(name: &str, value: Option<&str>) -> Option<Arc<PropertyClass>> {
    type Classes = HashMap<(String, Option<String>), Arc<PropertyClass>>;
    static CACHE: OnceLock<Mutex<Classes>> = OnceLock::new();
    let key = (name.to_string(), value.map(str::to_string));
    let cache = CACHE.get_or_init(Mutex::default);
    if let Some(class) = cache.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return Some(class.clone());
    }
    let ranges = property_ranges(name, value)?;
    let spec = match value {
        Some(value) => format!("{name}={value}"),
        None => name.to_string(),
    };
    let class = Arc::new(spell(spec, ranges));
    cache.lock().unwrap_or_else(|p| p.into_inner()).insert(key, class.clone());
    Some(class)
}

/// The code points `\P{…}` matches, written out: what a case-insensitive
/// pattern needs (the spec folds the complement's members, where the regex
/// crate would complement the folded set).
pub fn property_complement(name: &str, value: Option<&str>) -> Option<Ranges> {
    Some(difference(&[(0, 0x10FFFF)], &property_ranges(name, value)?))
}

/// A property of strings (`\p{…}` under `v`): its strings of two or more
/// code points and its single code points. `Emoji_Keycap_Sequence` is
/// UTS #51's twelve keycaps; `Basic_Emoji` comes from `icu_properties`; the
/// RGI sequence properties are not carried by that crate, so `None` (a
/// SyntaxError) for them as for unknown names.
pub fn property_of_strings(name: &str) -> Option<(Vec<Vec<u32>>, Ranges)> {
    match name {
        "Emoji_Keycap_Sequence" => {
            let strings = "#*0123456789".chars().map(|c| vec![c as u32, 0xFE0F, 0x20E3]).collect();
            Some((strings, Vec::new()))
        }
        "Basic_Emoji" => {
            let data = icu_properties::EmojiSetData::new::<icu_properties::props::BasicEmoji>().static_to_owned();
            let set = data.to_code_point_inversion_list_string_list();
            let strings = set.strings().iter().map(|s| s.chars().map(u32::from).collect()).collect();
            let ranges = set.code_points().iter_ranges().map(|r| (*r.start(), *r.end())).collect();
            Some((strings, ranges))
        }
        _ => None,
    }
}

/// Chooses the spelling of a property whose code points are `ranges`.
fn spell(spec: String, ranges: Ranges) -> PropertyClass {
    let reaches_window = ranges.iter().any(|&(lo, hi)| (lo <= 0xDFFF && hi >= 0xD800) || hi >= 0xF0000);
    match regex_crate_ranges(&spec) {
        Some(theirs) if !reaches_window => {
            PropertyClass::Native { added: difference(&ranges, &theirs), removed: difference(&theirs, &ranges), spec }
        }
        _ => PropertyClass::Explicit(ranges),
    }
}

/// The code points of `\p{spec}` by the regex crate's own tables, if it
/// knows the property.
fn regex_crate_ranges(spec: &str) -> Option<Ranges> {
    use regex_syntax::hir::{Class, HirKind};
    let hir = regex_syntax::ParserBuilder::new().build().parse(&format!("\\p{{{spec}}}")).ok()?;
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            Some(class.ranges().iter().map(|r| (u32::from(r.start()), u32::from(r.end()))).collect())
        }
        _ => None,
    }
}

/// The code points in `a` but not in `b` (both sorted and disjoint).
fn difference(a: &[(u32, u32)], b: &[(u32, u32)]) -> Ranges {
    let mut out = Vec::new();
    let mut b = b.iter().peekable();
    for &(lo, hi) in a {
        let mut start = lo;
        while let Some(&&(blo, bhi)) = b.peek() {
            if bhi < start {
                b.next();
                continue;
            }
            if blo > hi {
                break;
            }
            if blo > start {
                out.push((start, blo - 1));
            }
            if bhi >= hi {
                start = hi + 1;
                break;
            }
            start = bhi + 1;
            b.next();
        }
        if start <= hi {
            out.push((start, hi));
        }
    }
    out
}

/// The ranges of code points `\p{name}` or `\p{name=value}` matches, in
/// order, or `None` when the names are not ones ECMAScript accepts here.
fn property_ranges(name: &str, value: Option<&str>) -> Option<Ranges> {
    let collect = |ranges: &mut dyn Iterator<Item = std::ops::RangeInclusive<u32>>| {
        ranges.map(|r| (*r.start(), *r.end())).collect::<Vec<_>>()
    };
    match value {
        Some(value) => match name {
            "General_Category" | "gc" => general_category(value),
            "Script" | "sc" => {
                let script = PropertyParser::<Script>::new().get_strict(value)?;
                Some(collect(&mut CodePointMapData::<Script>::new().iter_ranges_for_value(script)))
            }
            "Script_Extensions" | "scx" => {
                let script = PropertyParser::<Script>::new().get_strict(value)?;
                Some(collect(&mut ScriptWithExtensions::new().get_script_extensions_ranges(script)))
            }
            _ => None,
        },
        // LoneUnicodePropertyNameOrValue: a General_Category value first,
        // then a binary property.
        None => general_category(name).or_else(|| match name {
            "Any" => Some(vec![(0, 0x10FFFF)]),
            "ASCII" => Some(vec![(0, 0x7F)]),
            "Assigned" => {
                let unassigned = GeneralCategory::Unassigned;
                Some(collect(
                    &mut CodePointMapData::<GeneralCategory>::new().iter_ranges_for_value_complemented(unassigned),
                ))
            }
            // ECMAScript's alias for White_Space (the UCD's is WSpace).
            "space" => Some(collect(&mut CodePointSetData::new_for_ecma262(b"White_Space")?.iter_ranges())),
            _ => Some(collect(&mut CodePointSetData::new_for_ecma262(name.as_bytes())?.iter_ranges())),
        }),
    }
}

/// A General_Category value or group (`Lu`, `Letter`, `LC`, …).
fn general_category(value: &str) -> Option<Ranges> {
    let group = PropertyParser::<GeneralCategoryGroup>::new().get_strict(value)?;
    let ranges = CodePointMapData::<GeneralCategory>::new().iter_ranges_for_group(group);
    Some(ranges.map(|r| (*r.start(), *r.end())).collect())
}

#[cfg(test)]
mod tests {
    use super::{PropertyClass, difference, property_class, property_ranges};

    #[test]
    fn differences() {
        assert_eq!(difference(&[(0, 10), (20, 30)], &[(5, 6), (10, 22)]), vec![(0, 4), (7, 9), (23, 30)]);
        assert_eq!(difference(&[(0, 10)], &[]), vec![(0, 10)]);
        assert_eq!(difference(&[(3, 4)], &[(0, 100)]), vec![]);
    }

    #[test]
    fn spellings() {
        // Latin gained U+A7CE in Unicode 17; the regex crate's table is older.
        let Some(class) = property_class("Script", Some("Latin")) else { panic!("Latin") };
        let PropertyClass::Native { spec, added, removed } = &*class else { panic!("{class:?}") };
        assert_eq!(spec, "Script=Latin");
        assert!(added.iter().any(|&(lo, hi)| (lo..=hi).contains(&0xA7CE)));
        assert!(removed.is_empty());
        // A script new in Unicode 17, and private use (planes 15-16).
        assert!(matches!(
            *property_class("Script", Some("Sidetic")).unwrap_or_else(|| panic!()),
            PropertyClass::Explicit(_)
        ));
        assert!(matches!(*property_class("Co", None).unwrap_or_else(|| panic!()), PropertyClass::Explicit(_)));
    }

    fn has(name: &str, value: Option<&str>, c: u32) -> bool {
        property_ranges(name, value).is_some_and(|r| r.iter().any(|&(lo, hi)| (lo..=hi).contains(&c)))
    }

    #[test]
    fn matches_unicode_17() {
        // Characters new in Unicode 17.0.
        assert!(has("Assigned", None, 0x1FAC8));
        assert!(has("Script", Some("Latin"), 0xA7CE));
        assert!(has("Script", Some("Sidetic"), 0x10940));
        assert!(has("L", None, 0x088F));
        assert!(!has("Assigned", None, 0x0378));
    }

    #[test]
    fn names_and_groups() {
        assert!(has("General_Category", Some("Cased_Letter"), u32::from('a')));
        assert!(has("gc", Some("LC"), u32::from('Z')));
        assert!(has("Lu", None, u32::from('Q')) && !has("Lu", None, u32::from('q')));
        assert!(has("ASCII", None, 0x7F) && !has("ASCII", None, 0x80));
        assert!(has("Any", None, 0x10FFFF));
        assert!(has("Script_Extensions", Some("Syriac"), 0x061F) && !has("Script", Some("Syriac"), 0x061F));
        assert!(has("Script", Some("Unknown"), 0x0378));
        assert!(has("Emoji", None, 0x1F525));
        assert!(has("space", None, 0x3000) && has("White_Space", None, 0x3000));
        assert_eq!(property_ranges("Script", Some("NotAScript")), None);
        assert_eq!(property_ranges("NotAProperty", None), None);
    }
}
