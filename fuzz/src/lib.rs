//! What the jsvm fuzz targets share: one warm [`Engine`], the limits of a
//! run, and a generator of JavaScript programs from an `arbitrary` AST
//! ([`Program`]) that always renders to syntactically sensible strict-mode
//! source, so the fuzzer spends its time in the VM and the standard library
//! rather than in the parser's error paths.
//!
//! The AST is deliberately loose: identifiers, keys, literals, built-ins and
//! regular expressions are indexes into fixed pools, and the renderer decides
//! what is legal where (`yield` only in generators, `return` only in
//! functions, `super` only in methods, private names only inside a class that
//! declares them, fresh names for every declaration so nothing is declared
//! twice). `Debug` of a [`Program`] is its rendered source, so
//! `cargo fuzz fmt exec_structured ARTIFACT` prints the JavaScript.

pub mod bytecode;

use std::fmt;
use std::sync::OnceLock;

use arbitrary::Arbitrary;
use jsvm::{Engine, Limits};

/// One engine for the whole process: it caches the realm image (building it
/// per input would dominate the run time) and compiled regular expressions.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::new)
}

/// The limits of `exec` and `exec_structured`: small, so a run ends fast.
pub fn exec_limits() -> Limits {
    Limits { gas: 200_000, memory: 4 << 20, stack_depth: 200, output: 64 << 10, timeout: None }
}

/// Runs a compiled `script` (of `source`) in a fresh sandbox under
/// `exec_limits`, as `exec` and `exec_structured` do: any verdict but an
/// internal error is fine, and after the run one more full collection must
/// leave the heap's invariants intact. Panics, naming the source, otherwise.
pub fn run_checked(script: &jsvm::Script, source: &str) {
    let mut sandbox = match jsvm::Sandbox::new(engine(), exec_limits()) {
        Ok(s) => s,
        Err(e) => panic!("Sandbox::new failed: {e}"),
    };
    sandbox.set_seed(1);
    let result = sandbox.run(script);
    if let Err(jsvm::RunError::Internal(what)) = &result {
        panic!("internal error: {what}\n--- source\n{source}\n--- output\n{}", sandbox.output());
    }
    sandbox.vm().collect_garbage();
    if let Err(e) = sandbox.vm().heap.check_invariants() {
        panic!("heap invariant broken after the run ({result:?}): {e}\n--- source\n{source}");
    }
}

/// The limits of `differential`: less gas, since GC stress mode collects at
/// every allocation.
pub fn differential_limits() -> Limits {
    Limits { gas: 50_000, ..exec_limits() }
}

// ---------------------------------------------------------------------------
// The AST. Every enum's first variant is a leaf, so that `arbitrary` ends the
// recursion when it runs out of bytes.

/// A whole program: a list of top-level statements.
#[derive(Arbitrary)]
pub struct Program {
    body: Vec<TopStmt>,
}

/// A top-level statement, maybe wrapped in a `try` that prints what it
/// caught, so one throw does not end the program.
#[derive(Arbitrary)]
pub struct TopStmt {
    guarded: bool,
    stmt: Stmt,
}

#[derive(Arbitrary)]
pub enum Stmt {
    Print(Expr),
    Expr(Expr),
    Var(u8, Expr),
    Let { constant: bool, pattern: Pattern, init: Expr },
    If(Expr, Vec<Stmt>, Option<Vec<Stmt>>),
    For(u8, Vec<Stmt>),
    ForOf(Pattern, Expr, Vec<Stmt>),
    ForIn(Expr, Vec<Stmt>),
    While(u8, Expr, Vec<Stmt>),
    DoWhile(u8, Vec<Stmt>, Expr),
    Function(Box<FnDef>),
    Class(Box<ClassDef>),
    Try { body: Vec<Stmt>, catch: Option<(Option<Pattern>, Vec<Stmt>)>, finally: Option<Vec<Stmt>> },
    Throw(Expr),
    Return(Option<Expr>),
    Break,
    Continue,
    Switch(Expr, Vec<(Expr, Vec<Stmt>)>, Option<Vec<Stmt>>),
    Block(Vec<Stmt>),
    Assign(AssignPattern, Expr),
    /// `{ using u = resource; body }`: a resource object whose
    /// `[Symbol.dispose]` runs `dispose`, or (odd selector) any value.
    Using { selector: u8, resource: Expr, dispose: Vec<Stmt>, body: Vec<Stmt> },
}

#[derive(Arbitrary)]
pub enum Expr {
    Num(u8),
    Int(u8),
    Str(u8),
    Ident(u8),
    Lit(u8),
    Global(u8),
    LongStr(u8, u8),
    Regex(u8),
    Hostile(u8),
    Symbol(u8),
    Template(Vec<(u8, Expr)>, u8),
    Tagged(bool, Vec<(u8, Expr)>, u8),
    Array(Vec<Elem>),
    Object(Vec<Prop>),
    Unary(u8, Box<Expr>),
    Binary(u8, Box<Expr>, Box<Expr>),
    Assign(u8, Box<Target>, Box<Expr>),
    Update(u8, Box<Target>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Vec<Arg>),
    New(Box<Ctor>, Vec<Arg>),
    Member { object: Box<Expr>, key: Key, optional: bool },
    Delete(Box<Expr>, Key),
    MethodCall { object: Box<Expr>, method: u8, args: Vec<Arg>, optional: bool },
    Builtin(u8, Vec<Arg>),
    ProtoCall { method: u8, apply: bool, receiver: Box<Receiver>, args: Vec<Arg> },
    Arrow(Vec<Param>, Box<ArrowBody>),
    Function(Box<FnDef>),
    Class(Box<ClassDef>),
    Yield(Option<Box<Expr>>, bool),
    Super(Key, Option<Vec<Arg>>),
    Private(u8, Option<Box<Expr>>),
    PrivateIn(u8, Box<Expr>),
    Arguments,
    NewTarget,
}

#[derive(Arbitrary)]
pub enum Key {
    Name(u8),
    Index(u8),
    Computed(Box<Expr>),
}

#[derive(Arbitrary)]
pub enum Target {
    Ident(u8),
    Member(Box<Expr>, Key),
}

#[derive(Arbitrary)]
pub enum Arg {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Arbitrary)]
pub enum Elem {
    Hole,
    Expr(Expr),
    Spread(Expr),
}

#[derive(Arbitrary)]
pub enum Prop {
    Value(Key, Expr),
    Shorthand(u8),
    Method(Key, Box<FnDef>),
    Getter(Key, Vec<Stmt>),
    Setter(Key, Vec<Stmt>),
    Spread(Expr),
    Proto(Expr),
}

#[derive(Arbitrary)]
pub enum Ctor {
    Builtin(u8),
    Expr(Expr),
}

#[derive(Arbitrary)]
pub enum Receiver {
    Hostile(u8),
    Expr(Expr),
}

#[derive(Arbitrary)]
pub enum ArrowBody {
    Expr(Expr),
    Block(Vec<Stmt>),
}

/// A function: plain or generator, with parameters and a body.
#[derive(Arbitrary)]
pub struct FnDef {
    generator: bool,
    params: Vec<Param>,
    body: Vec<Stmt>,
}

#[derive(Arbitrary)]
pub enum Param {
    Plain,
    Default(Expr),
    Pattern(Pattern),
    Rest,
}

/// A binding pattern; every name it binds is fresh.
#[derive(Arbitrary)]
pub enum Pattern {
    Name,
    Array(Vec<PatElem>, bool),
    Object(Vec<(Key, Pattern, Option<Expr>)>, bool),
}

#[derive(Arbitrary)]
pub enum PatElem {
    Hole,
    Elem(Pattern, Option<Expr>),
}

/// An assignment pattern over existing bindings and members.
#[derive(Arbitrary)]
pub enum AssignPattern {
    Array(Vec<Option<Target>>, Option<Target>),
    Object(Vec<(Key, Target, Option<Expr>)>),
}

#[derive(Arbitrary)]
pub struct ClassDef {
    extends: Option<Heritage>,
    members: Vec<Member>,
}

#[derive(Arbitrary)]
pub enum Heritage {
    Builtin(u8),
    Expr(Expr),
}

#[derive(Arbitrary)]
pub enum Member {
    Field { is_static: bool, key: Key, init: Option<Expr> },
    Method { is_static: bool, key: Key, def: FnDef },
    Getter { is_static: bool, key: Key, body: Vec<Stmt> },
    Setter { is_static: bool, key: Key, body: Vec<Stmt> },
    PrivateField { is_static: bool, name: u8, init: Option<Expr> },
    PrivateMethod { is_static: bool, name: u8, def: FnDef },
    StaticBlock(Vec<Stmt>),
    Constructor(Vec<Param>, Vec<Stmt>),
}

// ---------------------------------------------------------------------------
// The pools. Each entry is JavaScript source text that is valid where the
// renderer puts it.

const NUMBERS: &[&str] = &[
    "0",
    "(-0)",
    "NaN",
    "Infinity",
    "(-Infinity)",
    "(2 ** 53)",
    "(2 ** 53 - 1)",
    "(2 ** 53 + 2)",
    "(-(2 ** 53))",
    "(2 ** 32 - 1)",
    "(2 ** 32)",
    "(2 ** 31)",
    "(-(2 ** 31))",
    "1e21",
    "5e-324",
    "1.7976931348623157e308",
    "0.1",
    "1.5",
    "(-1.5)",
    "1e-7",
    "(-1)",
    "255",
    "65535",
    "0x10FFFF",
    "123456789012",
    "0.000001",
];

const STRINGS: &[&str] = &[
    r#""""#,
    r#""a""#,
    r#""abc""#,
    r#""0""#,
    r#""-0""#,
    r#""1e3""#,
    r#"" 12 ""#,
    r#""length""#,
    r#""__proto__""#,
    r#""constructor""#,
    r#""\ud800""#,
    r#""\udc00x""#,
    r#""\ud83d\ude00""#,
    r#""\u0000""#,
    r#""NaN""#,
    r#""true""#,
    r#""a-b-c""#,
    r#""é ß İ ﬀ Σ""#,
    r#""\n\t\\""#,
    r#""$&$1$<n>$$""#,
    r#""[1,2,{\"a\":null}]""#,
    r#""{\"__proto__\":1,\"a\":[1e400,-0,\"\\ud800\"]}""#,
    r#""{\"a\":""#,
    r#""9007199254740993""#,
    r#""4294967295""#,
    r#""%E0%A4%A""#,
    r#""%F0%9F%98%80""#,
    r#""toString""#,
];

const INTS: &[&str] = &["0", "1", "2", "3", "4", "5", "7", "8", "10", "16", "31", "32", "100", "(-1)", "(-2)"];

const REPEATS: &[&str] =
    &["0", "1", "2", "16", "255", "256", "1000", "4096", "65536", "(1 << 20)", "(2 ** 30 - 25)", "(2 ** 31)", "(-1)"];

const LITERALS: &[&str] = &["true", "false", "null", "undefined", "this"];

const GLOBALS: &[&str] = &[
    "globalThis",
    "Math",
    "JSON",
    "Array",
    "Object",
    "String",
    "Number",
    "Symbol",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "DisposableStack",
    "SuppressedError",
    "Iterator",
    "Reflect",
    "RegExp",
    "Error",
    "TypeError",
    "Function",
    "Boolean",
    "print",
    "Array.prototype",
    "Object.prototype",
    "Function.prototype",
    "String.prototype",
];

const KEYS: &[&str] = &[
    "a",
    "b",
    "c",
    "length",
    "0",
    "1",
    "2",
    "toString",
    "valueOf",
    "constructor",
    "prototype",
    "next",
    "done",
    "value",
    "then",
    "name",
    "message",
    "lastIndex",
    "size",
    "",
    "-0",
    "4294967295",
    "4294967294",
    "9007199254740993",
    "source",
    "flags",
    "raw",
];

const INDEXES: &[&str] =
    &["0", "1", "2", "3", "4294967294", "4294967295", "9007199254740991", "9007199254740992", "(-1)", "1.5", "1e21"];

const REGEXES: &[&str] = &[
    r"/a+/g",
    r"/(a)|(b)/",
    r"/(?<x>\d+)-\k<x>/",
    r"/^\s*$/m",
    r"/\bfoo\b/gi",
    r"/(?<=a)b/s",
    r"/./gu",
    r"/[^]/dy",
    r"/(a*)*b/",
    r"/\p{L}+/gu",
    r"/[\p{Lu}--[A-Z]]/v",
    r"/(?:)/g",
    r"/\u{1F600}/u",
    r"/[\ud800-\udbff]/",
    r"/(?=(a+))a*b\1/",
    r"/x{2,3}?/y",
    r"/(a)?(?:b)?/d",
    r"/\//",
    r"/[a-z]/gi",
    r"/^/gm",
    r"/$/",
    r"/\W+/",
    r"/(?<!a)b/",
    r"/.*/s",
    r"/(a|ab)(c|bcd)(d*)/",
    r"/(?<year>\d{4})-(?<month>\d{2})/u",
    r"/\d+(?=%)/g",
    r"/(?:(a)|(b))+(?:(c)x|\3)*/g",
    r"/(?=(a))?a\1/",
    r"/[\q{abc|a|}[b-d]--\q{b}]/gv",
    r"/[\p{Emoji_Keycap_Sequence}\p{Basic_Emoji}&&\q{1\uFE0F\u20E3|x}]/v",
];

const TEMPLATE_PARTS: &[&str] =
    &["", "a", " ", "\\n", "\\u0041", "\\u{1F600}", "\\`", "\\${", "\\\\", "\\ud800", "line\\r\\n", "é"];

/// Template parts that are only valid in tagged templates (invalid escapes
/// make the cooked string undefined).
const TAGGED_PARTS: &[&str] = &["\\unicode", "\\x", "\\u{110000}", "\\01"];

const UNARY: &[&str] = &["-", "+", "!", "~", "typeof ", "void "];

const BINARY: &[&str] = &[
    "+",
    "-",
    "*",
    "/",
    "%",
    "**",
    "==",
    "!=",
    "===",
    "!==",
    "<",
    ">",
    "<=",
    ">=",
    "<<",
    ">>",
    ">>>",
    "&",
    "|",
    "^",
    "&&",
    "||",
    "??",
    "in",
    "instanceof",
    ",",
];

const ASSIGN: &[&str] =
    &["=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??="];

const SYMBOLS: &[&str] = &[
    "Symbol.iterator",
    "Symbol.toPrimitive",
    "Symbol.toStringTag",
    "Symbol.hasInstance",
    "Symbol.isConcatSpreadable",
    "Symbol.species",
    "Symbol.match",
    "Symbol.matchAll",
    "Symbol.replace",
    "Symbol.split",
    "Symbol.search",
    "Symbol.unscopables",
    "Symbol.for(\"k\")",
    "Symbol(\"d\")",
    "Symbol()",
];

const CONSTRUCTORS: &[&str] = &[
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "DisposableStack",
    "SuppressedError",
    "Array",
    "Object",
    "Error",
    "TypeError",
    "RangeError",
    "SyntaxError",
    "AggregateError",
    "RegExp",
    "String",
    "Number",
    "Boolean",
    "Symbol",
    "Function",
];

const BUILTINS: &[&str] = &[
    "JSON.parse",
    "JSON.stringify",
    "JSON.rawJSON",
    "JSON.isRawJSON",
    "Math.max",
    "Math.min",
    "Math.floor",
    "Math.round",
    "Math.hypot",
    "Math.pow",
    "Math.sign",
    "Math.clz32",
    "Math.fround",
    "Math.imul",
    "Math.trunc",
    "Math.atan2",
    "Math.abs",
    "Math.random",
    "Object.keys",
    "Object.values",
    "Object.entries",
    "Object.assign",
    "Object.freeze",
    "Object.seal",
    "Object.preventExtensions",
    "Object.isFrozen",
    "Object.defineProperty",
    "Object.defineProperties",
    "Object.getOwnPropertyNames",
    "Object.getOwnPropertyDescriptor",
    "Object.getOwnPropertyDescriptors",
    "Object.getOwnPropertySymbols",
    "Object.create",
    "Object.getPrototypeOf",
    "Object.setPrototypeOf",
    "Object.fromEntries",
    "Object.groupBy",
    "Object.is",
    "Object.hasOwn",
    "Map.groupBy",
    "Array.from",
    "Array.of",
    "Array.isArray",
    "String.fromCharCode",
    "String.fromCodePoint",
    "String",
    "Number",
    "Boolean",
    "Symbol",
    "Symbol.for",
    "Symbol.keyFor",
    "Number.parseFloat",
    "Number.isInteger",
    "Number.isSafeInteger",
    "parseInt",
    "parseFloat",
    "isNaN",
    "encodeURIComponent",
    "decodeURIComponent",
    "encodeURI",
    "decodeURI",
    "print",
    "Error",
    "Array",
    "Reflect.apply",
    "Reflect.construct",
    "Reflect.defineProperty",
    "Reflect.deleteProperty",
    "Reflect.get",
    "Reflect.set",
    "Reflect.ownKeys",
    "Reflect.setPrototypeOf",
    "Reflect.getOwnPropertyDescriptor",
];

const METHODS: &[&str] = &[
    // Array.prototype
    "push",
    "pop",
    "shift",
    "unshift",
    "splice",
    "slice",
    "concat",
    "join",
    "reverse",
    "sort",
    "indexOf",
    "lastIndexOf",
    "includes",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "filter",
    "map",
    "forEach",
    "reduce",
    "reduceRight",
    "some",
    "every",
    "fill",
    "copyWithin",
    "flat",
    "flatMap",
    "at",
    "keys",
    "values",
    "entries",
    "toReversed",
    "toSorted",
    "toSpliced",
    "with",
    "toString",
    "toLocaleString",
    // String.prototype
    "charAt",
    "charCodeAt",
    "codePointAt",
    "padStart",
    "padEnd",
    "repeat",
    "split",
    "replace",
    "replaceAll",
    "match",
    "matchAll",
    "search",
    "normalize",
    "toUpperCase",
    "toLowerCase",
    "trim",
    "trimEnd",
    "startsWith",
    "endsWith",
    "substring",
    "substr",
    "localeCompare",
    "isWellFormed",
    "toWellFormed",
    // Map, Set, WeakMap, WeakSet
    "set",
    "get",
    "has",
    "delete",
    "add",
    "clear",
    "getOrInsert",
    "getOrInsertComputed",
    "union",
    "isSubsetOf",
    // DisposableStack
    "use",
    "adopt",
    "defer",
    "move",
    "dispose",
    // Iterator helpers
    "take",
    "drop",
    "toArray",
    "chunks",
    "windows",
    "includes",
    "join",
    "find",
    // RegExp, Number, Object, generators, functions
    "exec",
    "test",
    "compile",
    "toFixed",
    "toPrecision",
    "toExponential",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "valueOf",
    "next",
    "return",
    "throw",
    "call",
    "apply",
    "bind",
];

const PROTO_METHODS: &[&str] = &[
    "Array.prototype.push",
    "Array.prototype.pop",
    "Array.prototype.shift",
    "Array.prototype.unshift",
    "Array.prototype.splice",
    "Array.prototype.slice",
    "Array.prototype.concat",
    "Array.prototype.join",
    "Array.prototype.reverse",
    "Array.prototype.sort",
    "Array.prototype.indexOf",
    "Array.prototype.lastIndexOf",
    "Array.prototype.includes",
    "Array.prototype.find",
    "Array.prototype.findLast",
    "Array.prototype.filter",
    "Array.prototype.map",
    "Array.prototype.forEach",
    "Array.prototype.reduce",
    "Array.prototype.reduceRight",
    "Array.prototype.some",
    "Array.prototype.fill",
    "Array.prototype.copyWithin",
    "Array.prototype.flat",
    "Array.prototype.flatMap",
    "Array.prototype.at",
    "Array.prototype.toReversed",
    "Array.prototype.toSorted",
    "Array.prototype.toSpliced",
    "Array.prototype.with",
    "Array.prototype.keys",
    "Array.prototype.toString",
    "Array.prototype[Symbol.iterator]",
    "String.prototype.padStart",
    "String.prototype.split",
    "String.prototype.replace",
    "String.prototype.replaceAll",
    "String.prototype.at",
    "String.prototype.normalize",
    "String.prototype.localeCompare",
    "String.prototype.toWellFormed",
    "String.prototype[Symbol.iterator]",
    "Object.prototype.toString",
    "Object.prototype.hasOwnProperty",
    "Object.prototype.__lookupGetter__",
    "Function.prototype.toString",
    "Map.prototype.get",
    "Set.prototype.add",
    "RegExp.prototype.exec",
    "RegExp.prototype.toString",
    "RegExp.prototype[Symbol.replace]",
    "RegExp.prototype[Symbol.split]",
    "RegExp.prototype[Symbol.matchAll]",
    "Number.prototype.toString",
    "Error.prototype.toString",
];

/// Receivers and arguments that stress the generic paths of the built-ins.
const HOSTILE: &[&str] = &[
    "({length: 2 ** 53 - 1})",
    "({length: 2 ** 53 + 2, [2 ** 53 - 2]: \"last\"})",
    "({length: -1})",
    "({length: 4294967296, 4294967295: \"x\"})",
    "({length: \"3\", 0: \"a\", 1: \"b\", 2: \"c\"})",
    "({get length() { throw new RangeError(\"length getter\") }})",
    "({length: 2, get 0() { throw new Error(\"index getter\") }, 1: 1})",
    "({length: {valueOf() { throw new TypeError(\"valueOf\") }}})",
    "({length: {[Symbol.toPrimitive]() { return 3 }}, 0: 1, 1: 2, 2: 3})",
    "({length: 3, 0: 1, get 1() { this.length = 0; return 2 }, 2: 3})",
    "Object.freeze([3, 1, 2])",
    "Object.seal({length: 2, 0: 1, 1: 2})",
    "[1, , 3, , 5]",
    "(() => { const a = [1, 2, 3]; a[100] = 4; return a })()",
    "(() => { const a = []; a.length = 4294967295; return a })()",
    "Object.defineProperty([1, 2], \"length\", {writable: false})",
    "({toString() { return {} }, valueOf() { return {} }})",
    "({toString() { throw new Error(\"toString\") }})",
    "({[Symbol.toPrimitive]() { throw new Error(\"toPrimitive\") }})",
    "({[Symbol.iterator]: function* () { yield 1; throw new Error(\"iter\") }})",
    "({[Symbol.iterator]() { return {next() { return {done: false, value: 1} }} }})",
    "({[Symbol.iterator]() { return {next: 1} }})",
    "({[Symbol.iterator]() { return {next() { return 1 }} }})",
    "Object.create(null)",
    "Object.create(Array.prototype)",
    "({__proto__: null, length: 1, 0: 0})",
    "(() => { const r = /a/g; r.lastIndex = 2 ** 53; return r })()",
    "(() => { const r = /(a)/; r.exec = () => ({length: 2 ** 32, 0: \"a\", index: -1}); return r })()",
    "new Map([[1, 2], [NaN, 3], [-0, 4]])",
    "new WeakMap([[{}, 1], [Symbol(\"w\"), []]])",
    "(() => { const s = new DisposableStack(); s.defer(() => { throw new Error(\"deferred\") }); return s })()",
    "JSON.rawJSON(\"1e400\")",
    "[1, 2, 3].values().map(x => [x]).filter(Boolean)",
    "Iterator.zip([[1], \"ab\".split(\"\")], {mode: \"longest\"})",
    "Iterator.concat([1], new Set([2]))",
    "Iterator.from({next() { return {done: false, value: 1} }})",
    "/(?<x>a)|(?<x>\\ud83d)/",
    "\"a\\ud83d\\ude00\\udc00b\"",
    "new Set([-0, 0, NaN, \"\"])",
    "(function () { return arguments })(1, 2, 3)",
    "(function* () { yield 1; yield 2 })()",
    "({get a() { throw new Error(\"getter a\") }, b: 1})",
    "({constructor: {[Symbol.species]: function () { return {length: -1} }}})",
    "[[[[[]]]]]",
    "Array(5)",
    "\"\\ud800\\udc00\\ud800\"",
    "Symbol(\"s\")",
];

fn pick(pool: &[&'static str], i: u8) -> &'static str {
    pool.get(usize::from(i) % pool.len().max(1)).copied().unwrap_or("0")
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

// ---------------------------------------------------------------------------
// The renderer.

/// How deep statements and expressions may nest.
const MAX_DEPTH: u32 = 10;
/// How many nodes one program may render.
const MAX_NODES: u32 = 2_000;
/// How many items of a list are rendered.
const MAX_ITEMS: usize = 8;
/// How many statements of a block are rendered.
const MAX_STMTS: usize = 16;

/// What the code being rendered may use, per function.
#[derive(Clone, Copy, Default)]
struct FnCx {
    /// `return` is allowed.
    function: bool,
    /// `yield` is allowed.
    generator: bool,
    /// `super.x` is allowed.
    method: bool,
    /// `arguments` is allowed.
    arguments: bool,
    /// `new.target` is allowed.
    new_target: bool,
    /// Enclosing loops and switches in this function (for `break` and
    /// `continue`).
    loops: u32,
    switches: u32,
}

#[derive(Default)]
struct Renderer {
    out: String,
    /// The names in scope, innermost block last.
    scopes: Vec<Vec<String>>,
    /// The private names of the enclosing classes.
    privates: Vec<Vec<String>>,
    fresh: u32,
    depth: u32,
    nodes: u32,
    cx: FnCx,
}

const PROLOGUE: &str = "var v0 = 0, v1 = \"s\", v2 = [1, 2, 3], v3 = {a: 1, b: [2], c: \"x\"};\n\
function tag(s, ...v) { return s.raw.join(\"|\") + \"/\" + s.map(String).join(\"|\") + \"/\" + v.length; }\n";

/// Shows the final state of the top-level variables, so that differences
/// in it show in the output.
const EPILOGUE: &str =
    "try { print(JSON.stringify([v0, v1, v2, v3])); } catch (e) { print(\"epilogue\", typeof e); }\n";

impl Program {
    /// The program as JavaScript source.
    pub fn render(&self) -> String {
        let mut r = Renderer::default();
        r.out.push_str(PROLOGUE);
        r.scopes.push(["v0", "v1", "v2", "v3", "tag"].iter().map(|s| s.to_string()).collect());
        for top in self.body.iter().take(MAX_STMTS * 2) {
            if top.guarded {
                let e = r.name("e");
                r.out.push_str("try {\n");
                r.scopes.push(Vec::new());
                r.block_body(std::slice::from_ref(&top.stmt));
                r.scopes.pop();
                r.out.push_str(&format!(
                    "}} catch ({e}) {{ print(\"caught\", {e} instanceof Error ? {e}.name + \": \" + {e}.message : typeof {e}); }}\n"
                ));
            } else {
                r.stmt(&top.stmt);
            }
        }
        r.out.push_str(EPILOGUE);
        r.out
    }
}

impl fmt::Debug for Program {
    /// The rendered source, so that `cargo fuzz fmt` shows the program.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

impl Renderer {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// A fresh name with `prefix`, never declared before in this program.
    fn name(&mut self, prefix: &str) -> String {
        self.fresh += 1;
        format!("{prefix}{}", self.fresh)
    }

    fn declare(&mut self, name: String) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.push(name);
        }
    }

    fn visible(&self, i: u8) -> String {
        let count: usize = self.scopes.iter().map(Vec::len).sum();
        let mut n = usize::from(i) % count.max(1);
        for scope in &self.scopes {
            if n < scope.len() {
                return scope[n].clone();
            }
            n -= scope.len();
        }
        "v0".to_string()
    }

    /// Whether the depth or node budget is spent; counts a node.
    fn spent(&mut self) -> bool {
        self.nodes += 1;
        self.depth > MAX_DEPTH || self.nodes > MAX_NODES
    }

    /// `{ stmts }` in a new scope.
    fn block(&mut self, stmts: &[Stmt]) {
        self.w("{\n");
        self.scopes.push(Vec::new());
        self.block_body(stmts);
        self.scopes.pop();
        self.w("}");
    }

    fn block_body(&mut self, stmts: &[Stmt]) {
        self.depth += 1;
        for s in stmts.iter().take(MAX_STMTS) {
            self.stmt(s);
        }
        self.depth -= 1;
    }

    /// A loop body: a block with one more enclosing loop.
    fn loop_body(&mut self, stmts: &[Stmt]) {
        self.cx.loops += 1;
        self.block(stmts);
        self.cx.loops -= 1;
    }

    fn stmt(&mut self, s: &Stmt) {
        if self.spent() {
            return;
        }
        match s {
            Stmt::Print(e) => {
                self.w("print(");
                self.expr(e);
                self.w(");\n");
            }
            Stmt::Expr(e) => {
                self.w("(");
                self.expr(e);
                self.w(");\n");
            }
            Stmt::Var(i, e) => {
                self.w(&format!("var v{} = ", i % 4));
                self.expr(e);
                self.w(";\n");
            }
            Stmt::Let { constant, pattern, init } => {
                self.w(if *constant { "const " } else { "let " });
                let mut names = Vec::new();
                self.pattern(pattern, &mut names);
                self.w(" = ");
                self.expr(init);
                self.w(";\n");
                for n in names {
                    self.declare(n);
                }
            }
            Stmt::If(c, then, otherwise) => {
                self.w("if (");
                self.expr(c);
                self.w(") ");
                self.block(then);
                if let Some(o) = otherwise {
                    self.w(" else ");
                    self.block(o);
                }
                self.w("\n");
            }
            Stmt::For(bound, body) => {
                let i = self.name("i");
                self.w(&format!("for (let {i} = 0; {i} < {}; {i}++) ", bound % 9));
                self.scopes.push(vec![i]);
                self.loop_body(body);
                self.scopes.pop();
                self.w("\n");
            }
            Stmt::ForOf(pattern, iterable, body) => {
                self.w("for (const ");
                let mut names = Vec::new();
                self.pattern(pattern, &mut names);
                self.w(" of ");
                self.expr(iterable);
                self.w(") ");
                self.scopes.push(names);
                self.loop_body(body);
                self.scopes.pop();
                self.w("\n");
            }
            Stmt::ForIn(object, body) => {
                let k = self.name("k");
                self.w(&format!("for (const {k} in "));
                self.expr(object);
                self.w(") ");
                self.scopes.push(vec![k]);
                self.loop_body(body);
                self.scopes.pop();
                self.w("\n");
            }
            Stmt::While(bound, c, body) => {
                let n = self.name("w");
                self.w(&format!("{{ let {n} = 0; while ({n}++ < {} && (", bound % 9));
                self.expr(c);
                self.w(")) ");
                self.loop_body(body);
                self.w(" }\n");
            }
            Stmt::DoWhile(bound, body, c) => {
                let n = self.name("w");
                self.w(&format!("{{ let {n} = 0; do "));
                self.loop_body(body);
                self.w(&format!(" while ({n}++ < {} && (", bound % 9));
                self.expr(c);
                self.w(")); }\n");
            }
            Stmt::Function(def) => {
                let name = self.name("f");
                self.declare(name.clone());
                self.w(if def.generator { "function* " } else { "function " });
                self.w(&name);
                self.function(def, FnKind::Plain);
                self.w("\n");
            }
            Stmt::Class(def) => {
                let name = self.name("C");
                self.w("class ");
                self.w(&name);
                self.class(def, Some(&name));
                self.declare(name);
                self.w("\n");
            }
            Stmt::Using { selector, resource, dispose, body } => {
                let u = self.name("u");
                self.w(&format!("{{ using {u} = "));
                if selector % 2 == 0 {
                    self.w("{ [Symbol.dispose]() ");
                    self.block(dispose);
                    self.w(", value: ");
                    self.expr(resource);
                    self.w(" }");
                } else {
                    self.expr(resource);
                }
                self.w(";\n");
                self.scopes.push(vec![u]);
                self.block_body(body);
                self.scopes.pop();
                self.w("}\n");
            }
            Stmt::Try { body, catch, finally } => {
                self.w("try ");
                self.block(body);
                if let Some((param, handler)) = catch {
                    self.w(" catch ");
                    let mut names = Vec::new();
                    if let Some(p) = param {
                        self.w("(");
                        self.pattern(p, &mut names);
                        self.w(") ");
                    }
                    self.scopes.push(names);
                    self.block(handler);
                    self.scopes.pop();
                }
                if let Some(f) = finally {
                    self.w(" finally ");
                    self.block(f);
                } else if catch.is_none() {
                    self.w(" finally {}");
                }
                self.w("\n");
            }
            Stmt::Throw(e) => {
                self.w("throw ");
                self.expr(e);
                self.w(";\n");
            }
            Stmt::Return(e) => {
                if self.cx.function {
                    self.w("return");
                    if let Some(e) = e {
                        self.w(" ");
                        self.expr(e);
                    }
                    self.w(";\n");
                }
            }
            Stmt::Break => {
                if self.cx.loops + self.cx.switches > 0 {
                    self.w("break;\n");
                }
            }
            Stmt::Continue => {
                if self.cx.loops > 0 {
                    self.w("continue;\n");
                }
            }
            Stmt::Switch(d, cases, default) => {
                self.w("switch (");
                self.expr(d);
                self.w(") {\n");
                self.scopes.push(Vec::new());
                self.cx.switches += 1;
                for (test, body) in cases.iter().take(MAX_ITEMS) {
                    self.w("case ");
                    self.expr(test);
                    self.w(":\n");
                    self.block_body(body);
                }
                if let Some(body) = default {
                    self.w("default:\n");
                    self.block_body(body);
                }
                self.cx.switches -= 1;
                self.scopes.pop();
                self.w("}\n");
            }
            Stmt::Block(body) => {
                self.block(body);
                self.w("\n");
            }
            Stmt::Assign(pattern, e) => {
                self.w("(");
                self.assign_pattern(pattern);
                self.w(" = ");
                self.expr(e);
                self.w(");\n");
            }
        }
    }

    /// A binding pattern; the names it binds are added to `names`.
    fn pattern(&mut self, p: &Pattern, names: &mut Vec<String>) {
        if self.spent() {
            self.bind_name("", names);
            return;
        }
        self.depth += 1;
        match p {
            Pattern::Name => self.bind_name("", names),
            Pattern::Array(elems, rest) => {
                self.w("[");
                for e in elems.iter().take(MAX_ITEMS) {
                    if let PatElem::Elem(p, default) = e {
                        self.pattern_with_default(p, default.as_ref(), names);
                    }
                    self.w(", ");
                }
                if *rest {
                    self.bind_name("...", names);
                }
                self.w("]");
            }
            Pattern::Object(props, rest) => {
                self.w("{");
                for (key, p, default) in props.iter().take(MAX_ITEMS) {
                    self.prop_key(key);
                    self.w(": ");
                    self.pattern_with_default(p, default.as_ref(), names);
                    self.w(", ");
                }
                if *rest {
                    self.bind_name("...", names);
                }
                self.w("}");
            }
        }
        self.depth -= 1;
    }

    /// A fresh binding name after `prefix` (`...` for a rest element).
    fn bind_name(&mut self, prefix: &str, names: &mut Vec<String>) {
        let n = self.name("l");
        self.w(&format!("{prefix}{n}"));
        names.push(n);
    }

    /// A pattern element and its default value, if any.
    fn pattern_with_default(&mut self, p: &Pattern, default: Option<&Expr>, names: &mut Vec<String>) {
        self.pattern(p, names);
        if let Some(d) = default {
            self.w(" = ");
            self.expr(d);
        }
    }

    fn assign_pattern(&mut self, p: &AssignPattern) {
        match p {
            AssignPattern::Array(elems, rest) => {
                self.w("[");
                for t in elems.iter().take(MAX_ITEMS) {
                    if let Some(t) = t {
                        self.target(t);
                    }
                    self.w(", ");
                }
                if let Some(t) = rest {
                    self.w("...");
                    self.target(t);
                }
                self.w("]");
            }
            AssignPattern::Object(props) => {
                self.w("{");
                for (key, t, default) in props.iter().take(MAX_ITEMS) {
                    self.prop_key(key);
                    self.w(": ");
                    self.target(t);
                    if let Some(d) = default {
                        self.w(" = ");
                        self.expr(d);
                    }
                    self.w(", ");
                }
                self.w("}");
            }
        }
    }

    fn target(&mut self, t: &Target) {
        match t {
            Target::Ident(i) => {
                let n = self.visible(*i);
                self.w(&n);
            }
            Target::Member(object, key) => {
                self.w("(");
                self.expr(object);
                self.w(")");
                self.member_key(key, false);
            }
        }
    }

    /// A key after an object: `.name`, `[index]` or `[expr]`.
    fn member_key(&mut self, key: &Key, optional: bool) {
        match key {
            Key::Name(i) if is_identifier(pick(KEYS, *i)) => {
                self.w(if optional { "?." } else { "." });
                self.w(pick(KEYS, *i));
            }
            _ => {
                self.w(if optional { "?.[" } else { "[" });
                self.key_expr(key);
                self.w("]");
            }
        }
    }

    /// A key as an expression.
    fn key_expr(&mut self, key: &Key) {
        match key {
            Key::Name(i) => self.w(&format!("{:?}", pick(KEYS, *i))),
            Key::Index(i) => self.w(pick(INDEXES, *i)),
            Key::Computed(e) => self.expr(e),
        }
    }

    /// A property name in a literal, pattern or class body.
    fn prop_key(&mut self, key: &Key) {
        match key {
            Key::Name(i) => self.w(&format!("{:?}", pick(KEYS, *i))),
            _ => {
                self.w("[");
                self.key_expr(key);
                self.w("]");
            }
        }
    }

    /// A class member's name: never `constructor` or `prototype`, which are
    /// early errors or special there.
    fn class_key(&mut self, key: &Key) {
        match key {
            Key::Name(i) if matches!(pick(KEYS, *i), "constructor" | "prototype") => self.w("k"),
            _ => self.prop_key(key),
        }
    }

    fn args(&mut self, args: &[Arg]) {
        self.w("(");
        for a in args.iter().take(MAX_ITEMS / 2) {
            match a {
                Arg::Expr(e) => self.expr(e),
                Arg::Spread(e) => {
                    self.w("...");
                    self.expr(e);
                }
            }
            self.w(", ");
        }
        self.w(")");
    }

    fn template(&mut self, parts: &[(u8, Expr)], tail: u8, tagged: bool) {
        let part = |i: u8| {
            if tagged && i % 4 == 3 { pick(TAGGED_PARTS, i / 4) } else { pick(TEMPLATE_PARTS, i) }
        };
        self.w("`");
        for (text, e) in parts.iter().take(MAX_ITEMS / 2) {
            self.w(part(*text));
            self.w("${");
            self.expr(e);
            self.w("}");
        }
        self.w(part(tail));
        self.w("`");
    }

    fn expr(&mut self, e: &Expr) {
        if self.spent() {
            self.w("0");
            return;
        }
        self.depth += 1;
        self.expr_inner(e);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match e {
            Expr::Num(i) => self.w(pick(NUMBERS, *i)),
            Expr::Int(i) => self.w(pick(INTS, *i)),
            Expr::Str(i) => self.w(pick(STRINGS, *i)),
            Expr::Ident(i) => {
                let n = self.visible(*i);
                self.w(&n);
            }
            Expr::Lit(i) => self.w(pick(LITERALS, *i)),
            Expr::Global(i) => self.w(pick(GLOBALS, *i)),
            Expr::LongStr(s, n) => {
                self.w(&format!("{}.repeat({})", pick(STRINGS, *s), pick(REPEATS, *n)));
            }
            Expr::Regex(i) => self.w(pick(REGEXES, *i)),
            Expr::Hostile(i) => self.w(pick(HOSTILE, *i)),
            Expr::Symbol(i) => self.w(pick(SYMBOLS, *i)),
            Expr::Template(parts, tail) => self.template(parts, *tail, false),
            Expr::Tagged(raw, parts, tail) => {
                self.w(if *raw { "String.raw" } else { "tag" });
                self.template(parts, *tail, true);
            }
            Expr::Array(elems) => {
                self.w("[");
                for el in elems.iter().take(MAX_ITEMS) {
                    match el {
                        Elem::Hole => {}
                        Elem::Expr(e) => self.expr(e),
                        Elem::Spread(e) => {
                            self.w("...");
                            self.expr(e);
                        }
                    }
                    self.w(", ");
                }
                self.w("]");
            }
            Expr::Object(props) => self.object(props),
            Expr::Unary(op, e) => {
                self.w("(");
                self.w(pick(UNARY, *op));
                self.w("(");
                self.expr(e);
                self.w("))");
            }
            Expr::Binary(op, a, b) => {
                self.w("((");
                self.expr(a);
                self.w(&format!(") {} (", pick(BINARY, *op)));
                self.expr(b);
                self.w("))");
            }
            Expr::Assign(op, t, e) => {
                self.w("(");
                self.target(t);
                self.w(&format!(" {} ", pick(ASSIGN, *op)));
                self.expr(e);
                self.w(")");
            }
            Expr::Update(op, t) => {
                self.w("(");
                match op % 4 {
                    0 => self.w("++"),
                    1 => self.w("--"),
                    _ => {}
                }
                self.target(t);
                match op % 4 {
                    2 => self.w("++"),
                    3 => self.w("--"),
                    _ => {}
                }
                self.w(")");
            }
            Expr::Cond(c, a, b) => {
                self.w("((");
                self.expr(c);
                self.w(") ? (");
                self.expr(a);
                self.w(") : (");
                self.expr(b);
                self.w("))");
            }
            Expr::Call(f, args) => {
                self.w("(");
                self.expr(f);
                self.w(")");
                self.args(args);
            }
            Expr::New(ctor, args) => {
                self.w("new ");
                match &**ctor {
                    Ctor::Builtin(i) => self.w(pick(CONSTRUCTORS, *i)),
                    Ctor::Expr(e) => {
                        self.w("(");
                        self.expr(e);
                        self.w(")");
                    }
                }
                self.args(args);
            }
            Expr::Member { object, key, optional } => {
                self.w("(");
                self.expr(object);
                self.w(")");
                self.member_key(key, *optional);
            }
            Expr::Delete(object, key) => {
                self.w("(delete (");
                self.expr(object);
                self.w(")");
                self.member_key(key, false);
                self.w(")");
            }
            Expr::MethodCall { object, method, args, optional } => {
                self.w("(");
                self.expr(object);
                self.w(if *optional { ")?." } else { ")." });
                self.w(pick(METHODS, *method));
                self.args(args);
            }
            Expr::Builtin(f, args) => {
                self.w(pick(BUILTINS, *f));
                self.args(args);
            }
            Expr::ProtoCall { method, apply, receiver, args } => {
                self.w(pick(PROTO_METHODS, *method));
                self.w(if *apply { ".apply(" } else { ".call(" });
                match &**receiver {
                    Receiver::Hostile(i) => self.w(pick(HOSTILE, *i)),
                    Receiver::Expr(e) => self.expr(e),
                }
                self.w(if *apply { ", [" } else { ", " });
                for a in args.iter().take(MAX_ITEMS / 2) {
                    match a {
                        Arg::Expr(e) => self.expr(e),
                        Arg::Spread(e) => {
                            self.w("...");
                            self.expr(e);
                        }
                    }
                    self.w(", ");
                }
                self.w(if *apply { "])" } else { ")" });
            }
            Expr::Arrow(params, body) => {
                let outer = self.cx;
                // jsvm does not support `new.target` in arrows yet (a compile error).
                self.cx = FnCx { function: true, generator: false, new_target: false, loops: 0, switches: 0, ..outer };
                self.scopes.push(Vec::new());
                self.w("((");
                self.params(params);
                self.w(") => ");
                match &**body {
                    ArrowBody::Expr(e) => {
                        self.w("(");
                        self.expr(e);
                        self.w(")");
                    }
                    ArrowBody::Block(stmts) => {
                        self.w("{\n");
                        self.block_body(stmts);
                        self.w("}");
                    }
                }
                self.w(")");
                self.scopes.pop();
                self.cx = outer;
            }
            Expr::Function(def) => {
                self.w(if def.generator { "(function* " } else { "(function " });
                self.function(def, FnKind::Plain);
                self.w(")");
            }
            Expr::Class(def) => {
                self.w("(class ");
                self.class(def, None);
                self.w(")");
            }
            Expr::Yield(e, delegate) => {
                if self.cx.generator {
                    self.w(if *delegate { "(yield* " } else { "(yield " });
                    match e {
                        Some(e) => self.expr(e),
                        None if *delegate => self.w("[]"),
                        None => {}
                    }
                    self.w(")");
                } else {
                    match e {
                        Some(e) => self.expr(e),
                        None => self.w("v2"),
                    }
                }
            }
            Expr::Super(key, args) => {
                if self.cx.method {
                    self.w("super");
                    self.member_key(key, false);
                    if let Some(args) = args {
                        self.args(args);
                    }
                } else {
                    self.w("v3");
                    self.member_key(key, false);
                    if let Some(args) = args {
                        self.args(args);
                    }
                }
            }
            Expr::Private(i, value) => match self.private(*i) {
                Some(name) => {
                    self.w(&format!("(this.{name}"));
                    if let Some(v) = value {
                        self.w(" = ");
                        self.expr(v);
                    }
                    self.w(")");
                }
                None => {
                    self.w("(v3.a");
                    if let Some(v) = value {
                        self.w(" = ");
                        self.expr(v);
                    }
                    self.w(")");
                }
            },
            Expr::PrivateIn(i, object) => match self.private(*i) {
                Some(name) => {
                    self.w(&format!("({name} in ("));
                    self.expr(object);
                    self.w("))");
                }
                None => {
                    self.w("(\"a\" in (");
                    self.expr(object);
                    self.w("))");
                }
            },
            Expr::Arguments => self.w(if self.cx.arguments { "arguments" } else { "v2" }),
            Expr::NewTarget => self.w(if self.cx.new_target { "new.target" } else { "v1" }),
        }
    }

    /// One of the private names in scope, if any.
    fn private(&self, i: u8) -> Option<String> {
        let all: Vec<&String> = self.privates.iter().flatten().collect();
        if all.is_empty() { None } else { all.get(usize::from(i) % all.len()).map(|s| s.to_string()) }
    }

    fn object(&mut self, props: &[Prop]) {
        self.w("({");
        let mut has_proto = false;
        for p in props.iter().take(MAX_ITEMS) {
            match p {
                Prop::Value(key, e) => {
                    self.prop_key(key);
                    self.w(": ");
                    self.expr(e);
                }
                Prop::Shorthand(i) => {
                    let n = self.visible(*i);
                    self.w(&n);
                }
                Prop::Method(key, def) => {
                    if def.generator {
                        self.w("*");
                    }
                    self.prop_key(key);
                    self.function(def, FnKind::Method);
                }
                Prop::Getter(key, body) => {
                    self.w("get ");
                    self.prop_key(key);
                    self.function(
                        &FnDef { generator: false, params: Vec::new(), body: Vec::new() },
                        FnKind::Accessor(body),
                    );
                }
                Prop::Setter(key, body) => {
                    self.w("set ");
                    self.prop_key(key);
                    let def = FnDef { generator: false, params: vec![Param::Plain], body: Vec::new() };
                    self.function(&def, FnKind::Accessor(body));
                }
                Prop::Spread(e) => {
                    self.w("...");
                    self.expr(e);
                }
                Prop::Proto(e) => {
                    if has_proto {
                        self.w("[\"__proto__\"]: ");
                    } else {
                        self.w("__proto__: ");
                        has_proto = true;
                    }
                    self.expr(e);
                }
            }
            self.w(", ");
        }
        self.w("})");
    }

    fn params(&mut self, params: &[Param]) {
        let outer_generator = self.cx.generator;
        self.cx.generator = false;
        let count = params.len().min(MAX_ITEMS / 2);
        for (n, p) in params.iter().take(count).enumerate() {
            if n > 0 {
                self.w(", ");
            }
            let mut names = Vec::new();
            match p {
                Param::Plain => {
                    let name = self.name("p");
                    self.w(&name);
                    names.push(name);
                }
                Param::Default(e) => {
                    let name = self.name("p");
                    self.w(&format!("{name} = "));
                    self.expr(e);
                    names.push(name);
                }
                Param::Pattern(pat) => self.pattern(pat, &mut names),
                Param::Rest => {
                    let name = self.name("p");
                    // A rest parameter must be last.
                    if n + 1 == count {
                        self.w("...");
                    }
                    self.w(&name);
                    names.push(name);
                }
            }
            for name in names {
                self.declare(name);
            }
        }
        self.cx.generator = outer_generator;
    }

    /// `(params) { body }` of a function, method or accessor (the caller has
    /// written what comes before).
    fn function(&mut self, def: &FnDef, kind: FnKind) {
        let outer = self.cx;
        let method = matches!(kind, FnKind::Method | FnKind::Accessor(_));
        self.cx = FnCx {
            function: true,
            generator: def.generator,
            method,
            arguments: true,
            new_target: true,
            loops: 0,
            switches: 0,
        };
        self.scopes.push(Vec::new());
        self.w("(");
        self.params(&def.params);
        self.w(") {\n");
        let body = match kind {
            FnKind::Accessor(body) => body,
            _ => &def.body,
        };
        self.block_body(body);
        self.w("}");
        self.scopes.pop();
        self.cx = outer;
    }

    /// A class tail: `extends X { members }`.
    fn class(&mut self, def: &ClassDef, name: Option<&str>) {
        let outer = self.cx;
        self.cx.generator = false;
        if let Some(h) = &def.extends {
            self.w(" extends ");
            match h {
                Heritage::Builtin(i) => {
                    self.w(pick(&["Array", "Error", "Map", "Object", "null", "RegExp", "String"], *i))
                }
                Heritage::Expr(e) => {
                    self.w("(");
                    self.expr(e);
                    self.w(")");
                }
            }
        }
        self.w(" {\n");
        // Private names are visible in the whole body, declared once each.
        let mut privates = Vec::new();
        for m in def.members.iter().take(MAX_ITEMS) {
            if let Member::PrivateField { name, .. } | Member::PrivateMethod { name, .. } = m {
                let n = format!("#q{}", name % 4);
                if !privates.contains(&n) {
                    privates.push(n);
                }
            }
        }
        self.privates.push(privates);
        self.scopes.push(name.map(|n| vec![n.to_string()]).unwrap_or_default());
        let mut declared: Vec<String> = Vec::new();
        let mut has_constructor = false;
        for m in def.members.iter().take(MAX_ITEMS) {
            let st = |s: bool| if s { "static " } else { "" };
            match m {
                Member::Field { is_static, key, init } => {
                    self.w(st(*is_static));
                    self.class_key(key);
                    if let Some(init) = init {
                        self.w(" = ");
                        self.initializer(|r| r.expr(init));
                    }
                    self.w(";\n");
                }
                Member::Method { is_static, key, def } => {
                    self.w(st(*is_static));
                    if def.generator {
                        self.w("*");
                    }
                    self.class_key(key);
                    self.function(def, FnKind::Method);
                    self.w("\n");
                }
                Member::Getter { is_static, key, body } => {
                    self.w(st(*is_static));
                    self.w("get ");
                    self.class_key(key);
                    self.function(
                        &FnDef { generator: false, params: Vec::new(), body: Vec::new() },
                        FnKind::Accessor(body),
                    );
                    self.w("\n");
                }
                Member::Setter { is_static, key, body } => {
                    self.w(st(*is_static));
                    self.w("set ");
                    self.class_key(key);
                    let def = FnDef { generator: false, params: vec![Param::Plain], body: Vec::new() };
                    self.function(&def, FnKind::Accessor(body));
                    self.w("\n");
                }
                Member::PrivateField { is_static, name, init } => {
                    let n = format!("#q{}", name % 4);
                    if declared.contains(&n) {
                        continue;
                    }
                    declared.push(n.clone());
                    self.w(st(*is_static));
                    self.w(&n);
                    if let Some(init) = init {
                        self.w(" = ");
                        self.initializer(|r| r.expr(init));
                    }
                    self.w(";\n");
                }
                Member::PrivateMethod { is_static, name, def } => {
                    let n = format!("#q{}", name % 4);
                    if declared.contains(&n) {
                        continue;
                    }
                    declared.push(n.clone());
                    self.w(st(*is_static));
                    if def.generator {
                        self.w("*");
                    }
                    self.w(&n);
                    self.function(def, FnKind::Method);
                    self.w("\n");
                }
                Member::StaticBlock(body) => {
                    self.w("static {\n");
                    self.initializer(|r| r.block_body(body));
                    self.w("}\n");
                }
                Member::Constructor(params, body) => {
                    if has_constructor {
                        continue;
                    }
                    has_constructor = true;
                    let outer = self.cx;
                    self.cx =
                        FnCx { function: true, method: true, arguments: true, new_target: true, ..FnCx::default() };
                    self.scopes.push(Vec::new());
                    self.w("constructor(");
                    self.params(params);
                    self.w(") {\n");
                    if def.extends.is_some() {
                        self.w("super(...arguments);\n");
                    }
                    self.block_body(body);
                    self.w("}\n");
                    self.scopes.pop();
                    self.cx = outer;
                }
            }
        }
        self.scopes.pop();
        self.privates.pop();
        self.w("}");
        self.cx = outer;
    }

    /// A field initializer or static block: `this` and `super.x`, but no
    /// `arguments`, `return` or `yield`.
    fn initializer(&mut self, f: impl FnOnce(&mut Renderer)) {
        let outer = self.cx;
        self.cx = FnCx { method: true, new_target: true, ..FnCx::default() };
        self.scopes.push(Vec::new());
        f(self);
        self.scopes.pop();
        self.cx = outer;
    }
}

enum FnKind<'a> {
    Plain,
    Method,
    /// A getter or setter, with its body.
    Accessor(&'a [Stmt]),
}
