//! Number ↔ string conversions with the spec's exact formats:
//! Number::toString (shortest round-trip digits, via `ryu-js`) and
//! StringToNumber (the StringNumericLiteral grammar).

/// Number::toString(x) with radix 10.
pub fn number_to_string(x: f64) -> String {
    let mut units = Vec::new();
    push_number(x, &mut units);
    units.iter().map(|&d| char::from(d as u8)).collect()
}

/// Number::toString(x) with radix 10, as UTF-16 code units.
pub fn number_to_units(x: f64) -> Vec<u16> {
    let mut units = Vec::with_capacity(8);
    push_number(x, &mut units);
    units
}

/// Appends Number::toString(x) (radix 10) to `out`. Integers below 10^15 in
/// magnitude, the common case, are written digit by digit; the rest take
/// ryu-js's shortest round-trip form.
pub fn push_number(x: f64, out: &mut Vec<u16>) {
    if x as i64 as f64 != x || x.abs() >= 1e15 {
        out.extend(ryu_js::Buffer::new().format(x).bytes().map(u16::from));
        return;
    }
    if x < 0.0 {
        out.push(u16::from(b'-'));
    }
    let start = out.len();
    let mut rest = (x as i64).unsigned_abs();
    loop {
        out.push(0x30 + (rest % 10) as u16);
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if let Some(digits) = out.get_mut(start..) {
        digits.reverse();
    }
}

/// Whether `c` is WhiteSpace or LineTerminator (the set `String.prototype.trim`
/// and StringToNumber strip).
pub fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// StringToNumber(str): NaN when the text is not a StringNumericLiteral.
pub fn string_to_number(units: &[u16]) -> f64 {
    if let Some(n) = short_decimal_integer(units) {
        return n;
    }
    let start = units.iter().position(|&c| !is_js_whitespace(c));
    let Some(start) = start else { return 0.0 };
    let end = units.iter().rposition(|&c| !is_js_whitespace(c)).map_or(start, |e| e + 1);
    let Some(trimmed) = units.get(start..end) else { return f64::NAN };
    if trimmed.iter().any(|&c| c > 0x7F) {
        return f64::NAN;
    }
    let text: String = trimmed.iter().map(|&c| c as u8 as char).collect();
    parse_numeric_literal(&text)
}

/// The value of 1 to 15 ASCII digits (exact in an f64), the common case of
/// StringToNumber, without building a Rust string.
fn short_decimal_integer(units: &[u16]) -> Option<f64> {
    if units.is_empty() || units.len() > 15 {
        return None;
    }
    let mut value = 0u64;
    for &c in units {
        let digit = c.checked_sub(0x30).filter(|&d| d < 10)?;
        value = value * 10 + u64::from(digit);
    }
    Some(value as f64)
}

fn parse_numeric_literal(text: &str) -> f64 {
    let radix = match text.get(..2) {
        Some("0x" | "0X") => 16,
        Some("0o" | "0O") => 8,
        Some("0b" | "0B") => 2,
        _ => 10,
    };
    if radix != 10 {
        let digits = &text[2..];
        if digits.is_empty() {
            return f64::NAN;
        }
        let mut value = 0.0f64;
        for c in digits.chars() {
            match c.to_digit(radix) {
                Some(d) => value = value * radix as f64 + d as f64,
                None => return f64::NAN,
            }
        }
        return value;
    }
    let (sign, body) = match text.as_bytes().first() {
        Some(b'+') => (1.0, &text[1..]),
        Some(b'-') => (-1.0, &text[1..]),
        _ => (1.0, text),
    };
    if body == "Infinity" {
        return sign * f64::INFINITY;
    }
    if !is_decimal_literal(body) {
        return f64::NAN;
    }
    body.parse::<f64>().map_or(f64::NAN, |v| sign * v)
}

/// StrUnsignedDecimalLiteral: digits with an optional fraction and exponent,
/// at least one digit in the mantissa.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let mut mantissa_digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        mantissa_digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            mantissa_digits += 1;
        }
    }
    if mantissa_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == b.len()
}

/// ToInt32 on a Number.
pub fn to_int32(x: f64) -> i32 {
    to_uint32(x) as i32
}

/// ToUint32 on a Number.
pub fn to_uint32(x: f64) -> u32 {
    if !x.is_finite() {
        return 0;
    }
    if x.abs() < 2147483648.0 {
        return x as i32 as u32;
    }
    let int = x.trunc();
    let m = int.rem_euclid(4294967296.0);
    m as u32
}

/// The canonical array index of a string key ("0", "17"), if it is one:
/// CanonicalNumericIndexString restricted to 0 ..= 2^32 - 2.
pub fn array_index_of(units: &[u16]) -> Option<u32> {
    if units.is_empty() || units.len() > 10 {
        return None;
    }
    if units.len() > 1 && units[0] == u16::from(b'0') {
        return None;
    }
    let mut value: u64 = 0;
    for &c in units {
        if !(0x30..=0x39).contains(&c) {
            return None;
        }
        value = value * 10 + u64::from(c - 0x30);
    }
    if value < u64::from(u32::MAX) { Some(value as u32) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> f64 {
        string_to_number(&s.encode_utf16().collect::<Vec<_>>())
    }

    #[test]
    fn formats_like_the_spec() {
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(-0.0), "0");
        assert_eq!(number_to_string(123.0), "123");
        assert_eq!(number_to_string(-5e-7), "-5e-7");
        assert_eq!(number_to_string(f64::NAN), "NaN");
        assert_eq!(number_to_string(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(number_to_string(1e20), "100000000000000000000");
        assert_eq!(number_to_string(-42.0), "-42");
        assert_eq!(number_to_string(999_999_999_999_999.0), "999999999999999");
        assert_eq!(number_to_string(1e15), "1000000000000000");
        assert_eq!(number_to_units(-1.5), "-1.5".encode_utf16().collect::<Vec<_>>());
        assert_eq!(number_to_units(-0.0), vec![u16::from(b'0')]);
    }

    #[test]
    fn parses_string_numeric_literals() {
        assert_eq!(num("  12.5  "), 12.5);
        assert_eq!(num(""), 0.0);
        assert_eq!(num("0x1F"), 31.0);
        assert_eq!(num("-Infinity"), f64::NEG_INFINITY);
        assert!(num("1e").is_nan());
        assert!(num("-0x10").is_nan());
        assert!(num("12px").is_nan());
        assert_eq!(num("007"), 7.0);
        assert_eq!(num("123456789012345"), 123_456_789_012_345.0);
        assert_eq!(num("12345678901234567890"), 12_345_678_901_234_567_890.0);
        assert_eq!(num(".5"), 0.5);
        assert_eq!(num("5."), 5.0);
        assert!(num(".").is_nan());
    }

    #[test]
    fn converts_to_32_bit_integers() {
        assert_eq!(to_int32(4294967297.0), 1);
        assert_eq!(to_int32(-1.0), -1);
        assert_eq!(to_uint32(-1.0), 4294967295);
        assert_eq!(to_int32(f64::NAN), 0);
        assert_eq!(to_int32(2147483648.0), -2147483648);
    }

    #[test]
    fn recognises_array_indices() {
        let idx = |s: &str| array_index_of(&s.encode_utf16().collect::<Vec<_>>());
        assert_eq!(idx("0"), Some(0));
        assert_eq!(idx("4294967294"), Some(4294967294));
        assert_eq!(idx("4294967295"), None);
        assert_eq!(idx("01"), None);
        assert_eq!(idx("-1"), None);
    }
}
