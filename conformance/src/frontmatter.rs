//! The test262 frontmatter: the YAML block between `/*---` and `---*/` at the
//! top of every test. Only the keys the runner needs are read (`includes`,
//! `flags`, `features`, `negative`), by a small hand-written parser that
//! understands the shapes test262 uses: flow lists (`[a.js, b.js]`), block
//! lists (`- a.js` lines), the `negative:` mapping with `phase` and `type`,
//! and block scalars (`|`, `>`) which it skips.

/// What a test's frontmatter says about how to run it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frontmatter {
    /// Harness files to prepend, after `assert.js` and `sta.js`.
    pub includes: Vec<String>,
    /// `onlyStrict`, `noStrict`, `raw`, `module`, `async`, …
    pub flags: Vec<String>,
    /// Feature tags.
    pub features: Vec<String>,
    /// Present when the test is expected to fail.
    pub negative: Option<Negative>,
}

impl Frontmatter {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// The `negative:` key: the phase at which the error happens and its type
/// (`SyntaxError`, `TypeError`, `Test262Error`, …).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Negative {
    pub phase: String,
    pub error_type: String,
}

/// The frontmatter's YAML text, without the delimiters, if the source has
/// one.
pub fn block(source: &str) -> Option<&str> {
    let start = source.find("/*---")? + "/*---".len();
    let len = source[start..].find("---*/")?;
    Some(&source[start..start + len])
}

/// The source with the frontmatter block (where descriptions and notes
/// live) removed, for the text checks of the skip rules.
pub fn strip_block(source: &str) -> String {
    match (source.find("/*---"), source.find("---*/")) {
        (Some(start), Some(end)) if end > start => {
            let mut out = String::with_capacity(source.len());
            out.push_str(&source[..start]);
            out.push_str(&source[end + "---*/".len()..]);
            out
        }
        _ => source.to_string(),
    }
}

/// Parses the frontmatter of a test source. A source without frontmatter
/// gives the empty default; a malformed `negative:` is an error.
pub fn parse(source: &str) -> Result<Frontmatter, String> {
    let Some(text) = block(source) else {
        return Ok(Frontmatter::default());
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut fm = Frontmatter::default();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        // Top-level keys start at column 0; everything indented belongs to
        // the key above it.
        if line.is_empty() || line.starts_with([' ', '\t', '#']) {
            continue;
        }
        let Some((key, rest)) = line.split_once(':') else {
            continue;
        };
        let key = key.trim();
        let mut value = strip_comment(rest).trim().to_string();
        // A flow list may continue over several lines.
        if value.starts_with('[') {
            while !value.contains(']') && i < lines.len() {
                value.push(' ');
                value.push_str(strip_comment(lines[i]).trim());
                i += 1;
            }
        }
        // The indented lines that follow belong to this key
        let body_start = i;
        // (YAML also allows a block list's `- ` items at the key's column.)
        while i < lines.len()
            && (lines[i].trim().is_empty() || lines[i].starts_with([' ', '\t']) || lines[i].starts_with("- "))
        {
            i += 1;
        }
        let body = &lines[body_start..i];
        match key {
            "includes" => fm.includes = list(&value, body),
            "flags" => fm.flags = list(&value, body),
            "features" => fm.features = list(&value, body),
            "negative" => fm.negative = Some(negative(&value, body)?),
            _ => {}
        }
    }
    Ok(fm)
}

/// A list given either inline (`[a, b]`) or as `- item` lines.
fn list(value: &str, body: &[&str]) -> Vec<String> {
    if let Some(inner) = value.strip_prefix('[') {
        let inner = inner.split(']').next().unwrap_or("");
        return inner.split(',').map(unquote).filter(|s| !s.is_empty()).collect();
    }
    if !value.is_empty() {
        // A single scalar: treat as a one-item list.
        return vec![unquote(value)];
    }
    body.iter()
        .filter_map(|l| strip_comment(l).trim().strip_prefix('-'))
        .map(unquote)
        .filter(|s| !s.is_empty())
        .collect()
}

/// The `negative:` mapping, in block form (indented `phase:`/`type:` lines)
/// or flow form (`{phase: parse, type: SyntaxError}`).
fn negative(value: &str, body: &[&str]) -> Result<Negative, String> {
    let pairs: Vec<String> = match value.strip_prefix('{') {
        Some(inner) => inner.trim_end_matches('}').split(',').map(str::to_string).collect(),
        None => body.iter().map(|l| strip_comment(l).to_string()).collect(),
    };
    let mut neg = Negative::default();
    for pair in &pairs {
        if let Some((k, v)) = pair.split_once(':') {
            match k.trim() {
                "phase" => neg.phase = unquote(v),
                "type" => neg.error_type = unquote(v),
                _ => {}
            }
        }
    }
    if neg.phase.is_empty() || neg.error_type.is_empty() {
        return Err("negative: needs both phase and type".to_string());
    }
    Ok(neg)
}

/// Drops a `# comment` (one preceded by whitespace or at the start).
fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    match line.find(" #") {
        Some(at) => &line[..at],
        None => line,
    }
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    let s = s.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(s);
    let s = s.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')).unwrap_or(s);
    s.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_lists_and_block_negative() {
        let src = "// Copyright\n/*---\nesid: sec-x\ndescription: >\n  flags: [module]\n  includes: [nope.js]\n\
                   includes: [compareArray.js, propertyHelper.js]\nflags: [onlyStrict]\n\
                   features: [class, Symbol.iterator]\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n$DONOTEVALUATE();\n";
        let fm = parse(src).unwrap();
        assert_eq!(fm.includes, vec!["compareArray.js", "propertyHelper.js"]);
        assert_eq!(fm.flags, vec!["onlyStrict"]);
        assert!(fm.has_flag("onlyStrict"));
        assert!(!fm.has_flag("module"));
        assert_eq!(fm.features, vec!["class", "Symbol.iterator"]);
        assert_eq!(fm.negative, Some(Negative { phase: "parse".into(), error_type: "SyntaxError".into() }));
    }

    #[test]
    fn block_lists() {
        let src = "/*---\ninfo: |\n  some text\n    - not.js\nincludes:\n  - a.js\n  - \"b.js\" # why\nfeatures:\n- generators\n- 'let'\n\
                   flags: [ raw , noStrict ]\n---*/\n";
        let fm = parse(src).unwrap();
        assert_eq!(fm.includes, vec!["a.js", "b.js"]);
        assert_eq!(fm.features, vec!["generators", "let"]);
        assert_eq!(fm.flags, vec!["raw", "noStrict"]);
        assert_eq!(fm.negative, None);
    }

    #[test]
    fn multi_line_flow_list_and_flow_negative() {
        let src = "/*---\nincludes: [a.js,\n  b.js]\nnegative: {phase: runtime, type: TypeError}\n---*/";
        let fm = parse(src).unwrap();
        assert_eq!(fm.includes, vec!["a.js", "b.js"]);
        assert_eq!(fm.negative, Some(Negative { phase: "runtime".into(), error_type: "TypeError".into() }));
    }

    #[test]
    fn empty_list_and_missing_frontmatter() {
        let fm = parse("/*---\nflags: []\n---*/").unwrap();
        assert!(fm.flags.is_empty());
        assert_eq!(parse("var x = 1;").unwrap(), Frontmatter::default());
    }

    #[test]
    fn malformed_negative_is_an_error() {
        assert!(parse("/*---\nnegative:\n  phase: parse\n---*/").is_err());
    }

    #[test]
    fn strip_block_removes_only_the_frontmatter() {
        let src = "a\n/*---\ndescription: eval(1)\n---*/\nb";
        assert_eq!(strip_block(src), "a\n\nb");
        assert_eq!(block(src), Some("\ndescription: eval(1)\n"));
    }
}
