//! The nesting guard: a pre-scan that bounds how deeply oxc's recursive
//! parser (and the visitors after it) can nest, so that no source can
//! overflow the compiler's stack and abort the host.
//!
//! The scan is a tokenizer that agrees with oxc about what is code and what
//! is text: comments (Annex B's HTML-like `<!--` and line-initial `-->`
//! too), strings, template text and substitutions, and regular expression
//! literals. Whether a `/` starts a regex depends on where the parser is, so
//! the scanner keeps the context that decides it:
//! - after a value (a name, a literal, the `)` of a call or group, `]`, the
//!   `}` of an object literal or of a function or class *expression*) it
//!   divides;
//! - after an operator, a keyword that takes an operand, the `)` of an
//!   `if`/`while`/`for`/`with`/`switch`/`catch` head, or the `}` of a block
//!   or a declaration's body it starts a regex;
//! - `yield` takes an operand only in generator bodies and `await` only in
//!   async bodies (elsewhere oxc reads them as names), so every open bracket
//!   records whether the code inside it is a generator or async body.
//!
//! What it bounds, each where oxc would recurse: bracket nesting (template
//! substitutions too), operators open at once (`!!!!x`, `a=a=a`,
//! `!(!(!(x)))`, counting those of enclosing expressions around brackets),
//! statement keywords nesting without braces (`if(a)if(a)…`) and postfix
//! chains (`a.b.c…`, `f()()`), which oxc builds left-deep. A statement
//! boundary (`;`, a block's `}`, a line break after a value) ends a run or a
//! chain, so flat code of any length passes.

/// Deepest bracket nesting accepted.
const MAX_BRACKET_DEPTH: usize = 1000;
/// Most operators open at once, counting those of enclosing expressions.
const MAX_OPERATOR_RUN: usize = 2000;
/// Longest chain of postfix links accepted; code generation stops far
/// earlier, this only protects the parse.
const MAX_CHAIN: usize = 20_000;

/// What compiling a source costs grows with: its tokens, and its functions
/// and scopes (each `=>`; each brace of a block or of a function, method or
/// class body; and each token of a class body, where fields and methods
/// cost about as much).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Size {
    pub tokens: usize,
    pub functions: usize,
}

/// Measures `source`, or returns the byte offset where nesting gets too
/// deep.
pub(crate) fn check_nesting(source: &str) -> Result<Size, usize> {
    Scanner::new(source).scan()
}

/// What the previous token lets come next.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Prev {
    /// A statement may start: `/` is a regex, `{` a block, `function` a
    /// declaration.
    Statement,
    /// An operand may start: `/` is a regex, `{` an object literal (or a
    /// pattern), `function` an expression.
    Operand,
    /// `=>`: `{` is the arrow's body; anything else a concise body.
    Arrow,
    /// A value ended: `/` divides, `{` is a body announced before.
    Value,
    /// `.`, `?.`: the next name is a property, whatever its spelling.
    Dot,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Open {
    /// `(`; `head` for the parenthesised head of a statement, `for_head`
    /// when that statement is `for` (where `of` is an operator), `async`
    /// when it follows the name `async` (an async arrow's parameters).
    Paren {
        head: bool,
        for_head: bool,
        async_params: bool,
    },
    Bracket,
    /// `{`; `block` when its `}` ends a statement rather than a value,
    /// `class` for a class body.
    Brace {
        block: bool,
        class: bool,
    },
    /// `${` inside a template.
    Substitution,
}

#[derive(Clone, Copy, Debug)]
struct Frame {
    open: Open,
    /// The operator run and chain of the expression around the bracket.
    run: usize,
    chain: usize,
    /// Unfinished `?` of a conditional at this level.
    conditionals: usize,
    /// Whether the code around is a generator or async body (for `yield`
    /// and `await`), and the method flags pending there.
    generator: bool,
    is_async: bool,
    method_generator: bool,
    method_async: bool,
}

/// A `function` or `class` whose body brace has not opened yet.
#[derive(Clone, Copy, Debug)]
struct PendingBody {
    depth: usize,
    /// In expression position: its `}` ends a value.
    expression: bool,
    generator: bool,
    is_async: bool,
    class: bool,
}

struct Scanner<'s> {
    bytes: &'s [u8],
    source: &'s str,
    i: usize,
    stack: Vec<Frame>,
    prev: Prev,
    /// The last word, when it was the previous token (for `function*`,
    /// heads, `async`).
    last_word: Option<&'s [u8]>,
    /// A line terminator since the previous token.
    newline: bool,
    run: usize,
    /// The sum of the runs saved on the stack.
    outer: usize,
    chain: usize,
    statements: usize,
    conditionals: usize,
    generator: bool,
    is_async: bool,
    pending: Option<PendingBody>,
    /// `*` or `async` seen before a method name: the next method body is a
    /// generator or async.
    method_generator: bool,
    method_async: bool,
    /// The previous token closed an async arrow's parameter list, or was a
    /// name after `async`: a following `=>` starts an async body.
    async_arrow: bool,
    /// Inside a concise arrow body that started at this stack depth (no
    /// `yield` there): the depth and the generator and async flags to
    /// restore where it ends.
    concise_arrow: Option<(usize, bool, bool)>,
    /// Tokens and functions seen so far.
    size: Size,
}

impl<'s> Scanner<'s> {
    fn new(source: &'s str) -> Scanner<'s> {
        Scanner {
            bytes: source.as_bytes(),
            source,
            i: 0,
            stack: Vec::new(),
            prev: Prev::Statement,
            last_word: None,
            newline: false,
            run: 0,
            outer: 0,
            chain: 0,
            statements: 0,
            conditionals: 0,
            generator: false,
            is_async: false,
            pending: None,
            method_generator: false,
            method_async: false,
            async_arrow: false,
            concise_arrow: None,
            size: Size::default(),
        }
    }

    fn byte(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    fn starts_with(&self, i: usize, text: &[u8]) -> bool {
        self.bytes.get(i..).is_some_and(|rest| rest.starts_with(text))
    }

    /// The character at `i` (a byte offset on a character boundary).
    fn char_at(&self, i: usize) -> Option<char> {
        self.source.get(i..).and_then(|rest| rest.chars().next())
    }

    fn scan(mut self) -> Result<Size, usize> {
        while self.i < self.bytes.len() {
            self.step()?;
        }
        Ok(self.size)
    }

    /// Consumes one token (or a run of trivia).
    fn step(&mut self) -> Result<(), usize> {
        let start = self.i;
        let b = self.byte(start);
        match b {
            b' ' | b'\t' | 0x0b | 0x0c => self.i += 1,
            b'\n' | b'\r' => {
                self.i += 1;
                self.line_break();
            }
            b'/' if self.byte(start + 1) == b'/' => self.skip_line(),
            b'/' if self.byte(start + 1) == b'*' => self.skip_block_comment(),
            b'<' if self.starts_with(start, b"<!--") => self.skip_line(),
            b'-' if self.newline_or_start() && self.starts_with(start, b"-->") => self.skip_line(),
            b'/' if self.regex_allowed() => {
                self.skip_regex();
                self.value();
            }
            b'"' | b'\'' => {
                self.skip_string(b);
                self.value();
            }
            b'`' => {
                self.link(start)?;
                self.template(start + 1)?;
            }
            b'(' | b'[' | b'{' => self.open(b, start)?,
            b')' | b']' => self.close_paren_or_bracket(),
            b'}' => self.close_brace(start)?,
            b';' => {
                self.i += 1;
                self.end_expression();
                if !matches!(self.stack.last(), Some(Frame { open: Open::Paren { .. }, .. })) {
                    self.statements = 0;
                    self.end_concise_arrow();
                }
                self.token(Prev::Statement);
            }
            b',' => {
                self.i += 1;
                self.end_expression();
                if self.concise_arrow.is_some_and(|(depth, ..)| depth == self.stack.len()) {
                    self.end_concise_arrow();
                }
                self.token(Prev::Operand);
            }
            b'.' if self.byte(start + 1).is_ascii_digit() => self.number(),
            b'.' => {
                self.i += if self.starts_with(start, b"...") { 3 } else { 1 };
                if self.i == start + 1 {
                    self.link(start)?;
                    self.token(Prev::Dot);
                } else {
                    self.token(Prev::Operand);
                }
            }
            b'?' if self.byte(start + 1) == b'.' && !self.byte(start + 2).is_ascii_digit() => {
                self.i += 2;
                self.link(start)?;
                self.token(Prev::Dot);
            }
            b'0'..=b'9' => self.number(),
            b'#' => {
                self.i += 1;
                self.word_chars();
                self.value();
            }
            _ if b.is_ascii_alphabetic() || b == b'_' || b == b'$' || b == b'\\' => self.word(start)?,
            _ if is_operator(b) => self.operator(start)?,
            0x80.. => match self.char_at(start) {
                Some(c @ ('\u{2028}' | '\u{2029}')) => {
                    self.i += c.len_utf8();
                    self.line_break();
                }
                Some(c) if oxc_syntax::identifier::is_irregular_whitespace(c) => self.i += c.len_utf8(),
                _ => self.word(start)?,
            },
            _ => {
                self.i += 1;
                self.token(Prev::Operand);
            }
        }
        Ok(())
    }

    fn newline_or_start(&self) -> bool {
        self.newline || self.i == 0
    }

    fn line_break(&mut self) {
        self.newline = true;
    }

    /// Records the token just consumed.
    fn token(&mut self, prev: Prev) {
        self.size.tokens += 1;
        if let Some(Frame { open: Open::Brace { class: true, .. }, .. }) = self.stack.last() {
            self.size.functions += 1;
        }
        self.prev = prev;
        self.newline = false;
        self.last_word = None;
        self.async_arrow = false;
    }

    fn value(&mut self) {
        self.before_operand();
        self.token(Prev::Value);
    }

    /// A line break between a value and a token that cannot continue it
    /// starts a new statement (ASI): the run and chain end there.
    fn before_operand(&mut self) {
        if self.newline && self.prev == Prev::Value {
            self.run = 0;
            self.chain = 0;
        }
    }

    /// A statement or list element ended: runs, chains and flags that
    /// announce a method body end with it.
    fn end_expression(&mut self) {
        self.run = 0;
        self.chain = 0;
        self.conditionals = 0;
        self.method_generator = false;
        self.method_async = false;
    }

    fn end_concise_arrow(&mut self) {
        if let Some((_, generator, is_async)) = self.concise_arrow.take() {
            self.generator = generator;
            self.is_async = is_async;
        }
    }

    fn regex_allowed(&self) -> bool {
        !matches!(self.prev, Prev::Value | Prev::Dot)
    }

    /// A postfix link (`.x`, `?.x`, a call, an index, a tagged template)
    /// when it follows a value.
    fn link(&mut self, at: usize) -> Result<(), usize> {
        if matches!(self.prev, Prev::Value) {
            self.before_operand();
            self.chain += 1;
            if self.chain > MAX_CHAIN {
                return Err(at);
            }
        }
        Ok(())
    }

    fn add_operator(&mut self, at: usize) -> Result<(), usize> {
        self.run += 1;
        if self.run + self.outer > MAX_OPERATOR_RUN {
            return Err(at);
        }
        Ok(())
    }

    fn skip_line(&mut self) {
        while self.i < self.bytes.len() {
            match self.byte(self.i) {
                b'\n' | b'\r' => return,
                0xe2 if matches!(self.char_at(self.i), Some('\u{2028}' | '\u{2029}')) => return,
                _ => self.i += 1,
            }
        }
    }

    fn skip_block_comment(&mut self) {
        self.i += 2;
        while self.i < self.bytes.len() && !self.starts_with(self.i, b"*/") {
            match self.byte(self.i) {
                b'\n' | b'\r' => self.line_break(),
                0xe2 if matches!(self.char_at(self.i), Some('\u{2028}' | '\u{2029}')) => self.line_break(),
                _ => {}
            }
            self.i += 1;
        }
        self.i = self.i.saturating_add(2).min(self.bytes.len());
    }

    fn is_line_terminator_at(&self, i: usize) -> bool {
        match self.byte(i) {
            b'\n' | b'\r' => true,
            0xe2 => matches!(self.char_at(i), Some('\u{2028}' | '\u{2029}')),
            _ => false,
        }
    }

    /// A string literal: ends at its quote or (unterminated) at a line break
    /// that no backslash escapes. U+2028 and U+2029 may appear inside.
    fn skip_string(&mut self, quote: u8) {
        self.i += 1;
        while self.i < self.bytes.len() {
            match self.byte(self.i) {
                b'\\' => {
                    self.i += 1;
                    if self.byte(self.i) == b'\r' && self.byte(self.i + 1) == b'\n' {
                        self.i += 1;
                    }
                    self.i += 1;
                }
                b'\n' | b'\r' => return,
                c if c == quote => {
                    self.i += 1;
                    return;
                }
                _ => self.i += 1,
            }
        }
    }

    /// A regex literal: body (with classes, where `/` does not end it), then
    /// flags. An unterminated one ends at the line break.
    fn skip_regex(&mut self) {
        self.i += 1;
        let mut in_class = false;
        while self.i < self.bytes.len() && !self.is_line_terminator_at(self.i) {
            match self.byte(self.i) {
                b'\\' => {
                    self.i += 1;
                    if self.i < self.bytes.len() && !self.is_line_terminator_at(self.i) {
                        self.i += 1;
                    }
                }
                b'[' => {
                    in_class = true;
                    self.i += 1;
                }
                b']' => {
                    in_class = false;
                    self.i += 1;
                }
                b'/' if !in_class => {
                    self.i += 1;
                    self.word_chars();
                    return;
                }
                _ => self.i += 1,
            }
        }
    }

    /// Template text from `i` (just after "`" or a substitution's "}"): to
    /// the closing "`" (a value) or a "${" (a substitution opens).
    fn template(&mut self, mut i: usize) -> Result<(), usize> {
        while i < self.bytes.len() {
            match self.byte(i) {
                b'\\' => i += 2,
                b'`' => {
                    self.i = i + 1;
                    self.value();
                    return Ok(());
                }
                b'$' if self.byte(i + 1) == b'{' => {
                    self.i = i + 2;
                    self.before_operand();
                    return self.push(Open::Substitution, i);
                }
                _ => i += 1,
            }
        }
        self.i = self.bytes.len();
        self.value();
        Ok(())
    }

    /// A numeric literal (any radix, separators, exponent, `n`); only its
    /// extent matters.
    fn number(&mut self) {
        let start = self.i;
        let hex = matches!(self.bytes.get(start..start + 2), Some(b"0x" | b"0X"));
        while self.i < self.bytes.len() {
            let c = self.byte(self.i);
            let exponent_sign = matches!(c, b'+' | b'-') && !hex && matches!(self.byte(self.i - 1), b'e' | b'E');
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
                self.i += 1;
            } else {
                break;
            }
        }
        self.value();
    }

    /// Identifier characters from `self.i`: ASCII letters, digits, `_`,
    /// `$`, `\u` escapes, and non-ASCII characters that are not whitespace
    /// or line terminators.
    fn word_chars(&mut self) {
        while self.i < self.bytes.len() {
            let c = self.byte(self.i);
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c == b'\\' {
                self.i += 1;
            } else if c >= 0x80 {
                match self.char_at(self.i) {
                    Some(ch)
                        if !matches!(ch, '\u{2028}' | '\u{2029}')
                            && !oxc_syntax::identifier::is_irregular_whitespace(ch) =>
                    {
                        self.i += ch.len_utf8();
                    }
                    // A continuation byte (after a `\` skip) or a space.
                    None => self.i += 1,
                    Some(_) => break,
                }
            } else {
                break;
            }
        }
    }

    fn word(&mut self, start: usize) -> Result<(), usize> {
        self.i = start;
        self.word_chars();
        if self.i == start {
            self.i += 1;
        }
        let word: &'s [u8] = self.bytes.get(start..self.i).unwrap_or(&[]);
        if self.prev == Prev::Dot {
            self.value();
            return Ok(());
        }
        let previous_word = self.last_word;
        let after_async = previous_word == Some(b"async") && !self.newline;
        match word {
            b"typeof" | b"void" | b"delete" | b"new" | b"in" | b"instanceof" => {
                self.add_operator(start)?;
                self.operand_word(word);
            }
            b"yield" | b"await" => {
                // Both nest as prefix operators where they take an operand,
                // and are names elsewhere: count them either way.
                self.add_operator(start)?;
                let operator = if word == b"yield" { self.generator } else { self.is_async };
                if operator {
                    self.operand_word(word);
                } else {
                    self.value();
                    self.last_word = Some(word);
                }
            }
            b"of" if self.prev == Prev::Value && self.in_for_head() => {
                self.add_operator(start)?;
                self.operand_word(word);
            }
            b"return" | b"throw" | b"case" | b"extends" | b"var" | b"let" | b"const" => self.operand_word(word),
            b"if" | b"while" | b"for" | b"with" | b"switch" | b"catch" => {
                if word != b"catch" && word != b"switch" {
                    self.statements += 1;
                    if self.statements > MAX_OPERATOR_RUN {
                        return Err(start);
                    }
                }
                self.operand_word(word);
            }
            b"else" | b"do" | b"try" | b"finally" => {
                if word == b"else" || word == b"do" {
                    self.statements += 1;
                    if self.statements > MAX_OPERATOR_RUN {
                        return Err(start);
                    }
                }
                self.token(Prev::Statement);
                self.last_word = Some(word);
            }
            b"function" | b"class" => {
                let expression = !matches!(self.prev, Prev::Statement);
                if word == b"class" {
                    self.statements += 1;
                    if self.statements > MAX_OPERATOR_RUN {
                        return Err(start);
                    }
                }
                self.pending = Some(PendingBody {
                    depth: self.stack.len(),
                    expression,
                    generator: false,
                    is_async: word == b"function" && after_async,
                    class: word == b"class",
                });
                self.before_operand();
                self.token(Prev::Operand);
                self.last_word = Some(word);
            }
            _ => {
                self.value();
                self.last_word = Some(word);
                if after_async && word != b"async" {
                    // `async x => …` or an async method's name.
                    self.async_arrow = true;
                    self.method_async = true;
                }
            }
        }
        Ok(())
    }

    /// A keyword after which an operand (or a head, or a pattern) comes.
    fn operand_word(&mut self, word: &'s [u8]) {
        self.before_operand();
        self.token(Prev::Operand);
        self.last_word = Some(word);
    }

    fn in_for_head(&self) -> bool {
        matches!(self.stack.last(), Some(Frame { open: Open::Paren { for_head: true, .. }, .. }))
    }

    fn operator(&mut self, start: usize) -> Result<(), usize> {
        let b = self.byte(start);
        let next = self.byte(start + 1);
        // `++`/`--` after a value on the same line are postfix: still a value.
        if (b == b'+' || b == b'-') && next == b && self.prev == Prev::Value && !self.newline {
            self.i += 2;
            self.token(Prev::Value);
            return Ok(());
        }
        if b == b'=' && next == b'>' {
            self.i += 2;
            self.size.functions += 1;
            self.add_operator(start)?;
            let async_body = self.async_arrow;
            self.token(Prev::Arrow);
            self.method_async = async_body;
            return Ok(());
        }
        if b == b'*' && self.last_word == Some(b"function") {
            self.i += 1;
            if let Some(p) = self.pending.as_mut() {
                p.generator = true;
            }
            self.last_word = Some(b"function");
            return Ok(());
        }
        if b == b'*' && self.last_word == Some(b"yield") {
            // `yield*`: still an operator taking an operand.
            self.i += 1;
            self.token(Prev::Operand);
            return Ok(());
        }
        let member_prefix = matches!(self.last_word, Some(b"static" | b"async")) && !self.newline;
        if b == b'*' && (matches!(self.prev, Prev::Statement | Prev::Operand) || member_prefix) {
            // A generator method's `*`, in a class body or object literal.
            self.i += 1;
            let is_async = self.last_word == Some(b"async");
            self.token(Prev::Operand);
            self.method_generator = true;
            self.method_async |= is_async;
            return Ok(());
        }
        if self.prev == Prev::Arrow {
            self.concise_arrow_body();
        }
        self.before_operand();
        self.i += 1;
        while self.i < self.bytes.len() && is_operator(self.byte(self.i)) && self.byte(self.i) != b'?' {
            // One token of several characters (`===`, `>>>=`, `**`), but
            // not `/` (a regex may follow) or `!`/`~` (prefix operators of
            // their own).
            let c = self.byte(self.i);
            if matches!(c, b'/' | b'!' | b'~') || (matches!(c, b'+' | b'-') && c != b) {
                break;
            }
            self.i += 1;
        }
        let token = self.bytes.get(start..self.i).unwrap_or(&[]);
        // Every operator character opens a level in the worst case.
        for _ in 0..token.len() {
            self.add_operator(start)?;
        }
        match token {
            b"?" => self.conditionals += 1,
            b":" => {
                if self.conditionals > 0 {
                    self.conditionals -= 1;
                } else if !matches!(self.stack.last(), Some(Frame { open: Open::Brace { block: false, .. }, .. })) {
                    // A label, `case x:` or `default:`: a statement follows.
                    self.token(Prev::Statement);
                    return Ok(());
                }
            }
            _ => {}
        }
        self.token(Prev::Operand);
        Ok(())
    }

    /// `=>` followed by something other than `{`: the body is an expression
    /// with no `yield` (and `await` only for an async arrow).
    fn concise_arrow_body(&mut self) {
        if self.concise_arrow.is_none() {
            self.concise_arrow = Some((self.stack.len(), self.generator, self.is_async));
        }
        self.generator = false;
        self.is_async = self.method_async;
        self.method_async = false;
    }

    fn push(&mut self, open: Open, at: usize) -> Result<(), usize> {
        self.stack.push(Frame {
            open,
            run: self.run,
            chain: self.chain,
            conditionals: self.conditionals,
            generator: self.generator,
            is_async: self.is_async,
            method_generator: self.method_generator,
            method_async: self.method_async,
        });
        self.method_generator = false;
        self.method_async = false;
        self.outer += self.run;
        if self.stack.len() > MAX_BRACKET_DEPTH {
            return Err(at);
        }
        self.run = 0;
        self.chain = 0;
        self.conditionals = 0;
        self.token(Prev::Operand);
        Ok(())
    }

    fn open(&mut self, b: u8, start: usize) -> Result<(), usize> {
        self.i = start + 1;
        let head_word = self.last_word;
        let after_async_word = head_word == Some(b"async") && !self.newline;
        let prev = self.prev;
        if prev == Prev::Arrow && b != b'{' {
            self.concise_arrow_body();
        }
        match b {
            b'(' => {
                let head = matches!(prev, Prev::Operand)
                    && matches!(head_word, Some(b"if" | b"while" | b"for" | b"with" | b"switch" | b"catch"));
                self.link(start)?;
                self.push(
                    Open::Paren { head, for_head: head && head_word == Some(b"for"), async_params: after_async_word },
                    start,
                )
            }
            b'[' => {
                self.link(start)?;
                self.push(Open::Bracket, start)
            }
            _ => {
                let depth = self.stack.len();
                let body = self
                    .pending
                    .filter(|p| p.depth == depth && (prev == Prev::Value || (p.class && head_word == Some(b"class"))));
                let class = body.is_some_and(|p| p.class);
                let (block, generator, is_async) = if let Some(p) = body {
                    self.pending = None;
                    if p.class { (!p.expression, false, false) } else { (!p.expression, p.generator, p.is_async) }
                } else {
                    match prev {
                        // A method's body (after its parameters), or a
                        // class body announced by a name.
                        Prev::Value => {
                            let kinds = (true, self.method_generator, self.method_async);
                            self.method_generator = false;
                            self.method_async = false;
                            kinds
                        }
                        Prev::Arrow => {
                            let kinds = (true, false, self.method_async);
                            self.method_async = false;
                            kinds
                        }
                        Prev::Statement => (true, self.generator, self.is_async),
                        Prev::Operand | Prev::Dot => (false, self.generator, self.is_async),
                    }
                };
                if block {
                    self.statements = 0;
                }
                if block || prev == Prev::Value {
                    self.size.functions += 1;
                }
                self.push(Open::Brace { block, class }, start)?;
                self.generator = generator;
                self.is_async = is_async;
                if block {
                    self.prev = Prev::Statement;
                }
                Ok(())
            }
        }
    }

    /// Pops the innermost frame, restoring the expression around it.
    fn pop(&mut self) -> Option<Frame> {
        let frame = self.stack.pop()?;
        self.outer = self.outer.saturating_sub(frame.run);
        self.run = frame.run;
        self.chain = frame.chain;
        self.conditionals = frame.conditionals;
        self.generator = frame.generator;
        self.is_async = frame.is_async;
        self.method_generator = frame.method_generator;
        self.method_async = frame.method_async;
        if self.concise_arrow.is_some_and(|(depth, ..)| depth > self.stack.len()) {
            self.concise_arrow = None;
        }
        Some(frame)
    }

    fn close_paren_or_bracket(&mut self) {
        self.i += 1;
        let frame = self.pop();
        match frame.map(|f| f.open) {
            Some(Open::Paren { head: true, .. }) => self.token(Prev::Statement),
            Some(Open::Paren { async_params: true, .. }) => {
                self.token(Prev::Value);
                self.async_arrow = true;
                self.method_async = true;
            }
            _ => self.token(Prev::Value),
        }
    }

    fn close_brace(&mut self, start: usize) -> Result<(), usize> {
        self.i = start + 1;
        match self.pop().map(|f| f.open) {
            Some(Open::Substitution) => self.template(start + 1),
            Some(Open::Brace { block: true, .. }) => {
                self.end_expression();
                self.statements = 0;
                self.token(Prev::Statement);
                Ok(())
            }
            _ => {
                self.token(Prev::Value);
                Ok(())
            }
        }
    }
}

fn is_operator(b: u8) -> bool {
    b"!~+-*/%=<>&|^?:".contains(&b)
}

#[cfg(test)]
mod tests {
    use super::check_nesting;

    fn rejected(source: &str) -> bool {
        check_nesting(source).is_err()
    }

    #[test]
    fn brackets_inside_text_are_not_code() {
        let deep = "[".repeat(5000);
        for source in [
            format!("x = '{deep}';"),
            format!("x = \"{deep}\";"),
            format!("x = `{deep}`;"),
            format!("// {deep}\nx;"),
            format!("/* {deep} */ x;"),
            format!("x = /{deep}]/;"),
            format!("x = /\\{deep}/;"),
            format!("<!-- {deep}\nx;"),
            format!("x;\n--> {deep}\nx;"),
            format!("if (a) /{deep}]/.test(s);"),
            format!("{{}} /{deep}]/.test(s);"),
            format!("function f() {{}} /{deep}]/.test(s);"),
            format!("x = typeof /{deep}]/;"),
            format!("function* g() {{ yield /{deep}]/; }}"),
        ] {
            assert!(!rejected(&source), "{}", &source[..30.min(source.len())]);
        }
    }

    #[test]
    fn a_quote_inside_a_regex_does_not_hide_code() {
        let n = 200_000;
        for prefix in ["/\"/;", "x = /'/;", "if (a) /`/;", "{} /\"/;", "function f(){} /\"/;", "x = a ? /\"/ : 1;"] {
            let source = format!("{prefix}{}{}", "[".repeat(n), "]".repeat(n));
            assert!(rejected(&source), "{prefix}");
        }
    }

    #[test]
    fn division_is_not_a_regex() {
        let n = 200_000;
        for prefix in [
            "x = a / [",
            "x = (a) / [",
            "x = a[0] / [",
            "x = function(){} / [",
            "x = class {} / [",
            "x = {} / [",
            "await / [",
            "yield / [",
            "x = a.return / [",
            "x = a++ / [",
            "x = `t` / [",
        ] {
            let source = format!("{prefix}{}{}", "[".repeat(n), "]".repeat(n));
            assert!(rejected(&source), "{prefix}");
        }
    }

    #[test]
    fn flat_code_of_any_length_passes() {
        let functions: String = (0..200_000).map(|i| format!("function f{i}(a){{return a+{i}}}")).collect();
        assert!(!rejected(&functions));
        let calls: String = (0..100_000).map(|i| format!("f(x{i}).y;")).collect();
        assert!(!rejected(&calls));
        let lines: String = (0..100_000).map(|i| format!("x = x + {i}\n")).collect();
        assert!(!rejected(&lines));
        let object: String = format!("x = {{{}}};", (0..100_000).map(|i| format!("a{i}: {i},")).collect::<String>());
        assert!(!rejected(&object));
    }

    #[test]
    fn unicode_whitespace_separates_words() {
        let n = 200_000;
        for space in ["\u{a0}", "\u{feff}", "\u{3000}", "\u{2028}"] {
            let source = format!("x = a{space}/ [{}{}", "[".repeat(n), "]".repeat(n));
            assert!(rejected(&source), "{space:?}");
            let source = format!("return{space}/\"/; {}{}", "[".repeat(n), "]".repeat(n));
            assert!(rejected(&source), "{space:?}");
        }
    }
}
