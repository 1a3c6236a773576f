//! The gas schedule beyond instructions: what the runtime and the natives
//! pay for work whose amount a script decides. Instruction costs live in the
//! opcode table (`isa/mod.rs`); every other cost is a constant here, listed in
//! `SCHEDULE`, from which docs/gas.md's schedule is generated (the test
//! `vm/tests/gas_doc.rs` keeps the two equal). The values are calibrated
//! with the gas probes (`cargo run --release -p jsvm-gasprobe`): one unit of
//! gas should buy about the time a plain loop's instruction takes, within
//! a factor of four either way.

/// One entry of the schedule.
pub struct Cost {
    pub name: &'static str,
    pub gas: u64,
    pub what: &'static str,
}

/// Allocating an object, array, function or iterator (on top of the
/// instruction or native that asks for it).
pub const OBJECT_ALLOC: u64 = 8;
/// Allocating a closure environment.
pub const ENV_ALLOC: u64 = 2;
/// Allocating a string (on top of one per 16 code units copied).
pub const STRING_ALLOC: u64 = 2;
/// Creating an error object, on top of its allocations.
pub const ERROR_CREATE: u64 = 40;
/// Each line of an error's stack trace (at most 32 are captured).
pub const STACK_FRAME: u64 = 10;
/// Making the key of an array index past 2³² − 2 (formatting and interning).
pub const INDEX_ATOM: u64 = 30;
/// `toPrecision` and `toExponential` with a precision: the exact decimal
/// expansion of the double.
pub const NUMBER_FORMAT_EXACT: u64 = 400;
/// Each digit `toString(radix)` may write for a radix other than 10 (a
/// division of a double each).
pub const RADIX_DIGIT: u64 = 2;
/// The first compilation of a pattern (source and flags) in a sandbox.
pub const REGEXP_COMPILE: u64 = 2000;
/// ... plus this much per code unit of its source.
pub const REGEXP_COMPILE_UNIT: u64 = 64;
/// ... plus this much per unit of its weight (its size with counted
/// repetitions expanded, classes weighing more: what compiling grows with).
pub const REGEXP_COMPILE_WEIGHT: u64 = 32;
/// Each code unit `localeCompare` normalizes (text outside Latin-1's
/// precomposed range; plain text compares as code units).
pub const NORMALIZE_UNIT: u64 = 3;
/// Resuming a generator (restoring its frame, and saving it at the yield).
pub const GENERATOR_RESUME: u64 = 10;
/// Each key an own-key listing yields (`Object.keys` and friends, for-in,
/// spread of an object, `JSON.stringify`).
pub const OWN_KEY: u64 = 6;
/// Each attempt of a regular expression match (on top of one per 16 code
/// units scanned).
pub const REGEXP_MATCH: u64 = 20;
/// Each backtracking step a pattern with backreferences or look-around is
/// allowed in its tier.
pub const REGEXP_BACKTRACK_STEP: u64 = 4;
/// Each 4 096 code units a string search (`indexOf`, `includes`, `split`
/// and `replace` with a string, …) scans: 1 per 4 units, what a
/// Knuth–Morris–Pratt step takes against a plain loop's instruction.
pub const STRING_SEARCH_PIECE: u64 = 1024;
/// Each value `JSON.parse` builds or `JSON.stringify` writes.
pub const JSON_VALUE: u64 = 10;
/// Each piece `split` cuts (on top of its search and its string).
pub const SPLIT_PIECE: u64 = 4;
/// A call from a native into a function (a callback, a getter, a
/// comparator), on top of the call itself.
pub const CALL_FROM_NATIVE: u64 = 12;

/// A call into a host function, on top of the call instruction and the
/// copy of its arguments and result (1 per value, 1 per 16 code units).
pub const HOST_CALL: u64 = 20;

/// Each entry a Set method (`union`, `intersection`, …) visits: the hash
/// lookups and the insertion it leads to.
pub const SET_METHOD_ENTRY: u64 = 24;

/// Every cost above, for docs/gas.md.
pub const SCHEDULE: &[Cost] = &[
    Cost { name: "OBJECT_ALLOC", gas: OBJECT_ALLOC, what: "allocating an object, array, function or iterator" },
    Cost { name: "ENV_ALLOC", gas: ENV_ALLOC, what: "allocating a closure environment" },
    Cost { name: "STRING_ALLOC", gas: STRING_ALLOC, what: "allocating a string (plus 1 per 16 code units copied)" },
    Cost { name: "ERROR_CREATE", gas: ERROR_CREATE, what: "creating an error object" },
    Cost { name: "STACK_FRAME", gas: STACK_FRAME, what: "each stack-trace line an error captures (at most 32)" },
    Cost { name: "INDEX_ATOM", gas: INDEX_ATOM, what: "the key of an array index past 2³² − 2" },
    Cost {
        name: "NUMBER_FORMAT_EXACT",
        gas: NUMBER_FORMAT_EXACT,
        what: "`toPrecision(p)` and `toExponential(d)` (exact decimal expansion)",
    },
    Cost {
        name: "REGEXP_COMPILE",
        gas: REGEXP_COMPILE,
        what: "the first creation of a pattern (source and flags) in a sandbox",
    },
    Cost { name: "REGEXP_COMPILE_UNIT", gas: REGEXP_COMPILE_UNIT, what: "… plus, per code unit of its source" },
    Cost {
        name: "REGEXP_COMPILE_WEIGHT",
        gas: REGEXP_COMPILE_WEIGHT,
        what: "… plus, per unit of its weight (repetitions expanded; a class weighs 8, 64 under `u`/`v`)",
    },
    Cost {
        name: "NORMALIZE_UNIT",
        gas: NORMALIZE_UNIT,
        what: "each code unit `localeCompare` normalizes (text with characters from U+0300 up)",
    },
    Cost { name: "GENERATOR_RESUME", gas: GENERATOR_RESUME, what: "resuming a generator" },
    Cost { name: "OWN_KEY", gas: OWN_KEY, what: "each key an own-key listing yields (`Object.keys`, for-in, …)" },
    Cost { name: "REGEXP_MATCH", gas: REGEXP_MATCH, what: "each match attempt (plus 1 per 16 code units scanned)" },
    Cost {
        name: "REGEXP_BACKTRACK_STEP",
        gas: REGEXP_BACKTRACK_STEP,
        what: "each backtracking step a backreference or look-around pattern may take",
    },
    Cost {
        name: "STRING_SEARCH_PIECE",
        gas: STRING_SEARCH_PIECE,
        what: "each 4 096 code units a string search scans (`indexOf`, `includes`, `split` and `replace` with a string)",
    },
    Cost {
        name: "RADIX_DIGIT",
        gas: RADIX_DIGIT,
        what: "each digit `toString(radix)` may write, radix ≠ 10 (up to 1 076)",
    },
    Cost { name: "JSON_VALUE", gas: JSON_VALUE, what: "each value `JSON.parse` builds or `JSON.stringify` writes" },
    Cost { name: "SPLIT_PIECE", gas: SPLIT_PIECE, what: "each piece `split` cuts with a string separator" },
    Cost {
        name: "CALL_FROM_NATIVE",
        gas: CALL_FROM_NATIVE,
        what: "a call from a built-in into a function (callback, getter, comparator)",
    },
    Cost {
        name: "SET_METHOD_ENTRY",
        gas: SET_METHOD_ENTRY,
        what: "each entry a Set method (`union`, `isSubsetOf`, …) visits, on either side",
    },
    Cost {
        name: "HOST_CALL",
        gas: HOST_CALL,
        what: "a call into a host function (plus 1 per value and 1 per 16 code units copied across)",
    },
];
