//! `Math`: the constants, one generic wrapper serving every `f64 -> f64`
//! function, the n-ary functions, and `random`, a xorshift64* generator
//! seeded by the embedder (so a run can be replayed exactly).

use jsvm_vm::native::{Args, NativeFn};
use jsvm_vm::{ErrorKind, JsResult, Value, Vm};

use crate::{define_constant, define_global, install_methods, native_function_with_magic};

/// A unary Math function's implementation.
type Unary = fn(f64) -> f64;

/// The unary functions: name and implementation.
const UNARY: &[(&str, Unary)] = &[
    ("abs", f64::abs),
    ("acos", f64::acos),
    ("acosh", f64::acosh),
    ("asin", f64::asin),
    ("asinh", f64::asinh),
    ("atan", f64::atan),
    ("atanh", f64::atanh),
    ("cbrt", f64::cbrt),
    ("ceil", f64::ceil),
    ("cos", f64::cos),
    ("cosh", f64::cosh),
    ("exp", f64::exp),
    ("expm1", f64::exp_m1),
    ("floor", f64::floor),
    ("fround", fround),
    ("log", f64::ln),
    ("log1p", f64::ln_1p),
    ("log10", f64::log10),
    ("log2", f64::log2),
    ("round", round),
    ("sign", sign),
    ("sin", f64::sin),
    ("sinh", f64::sinh),
    ("sqrt", f64::sqrt),
    ("tan", f64::tan),
    ("tanh", f64::tanh),
    ("trunc", f64::trunc),
];

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let math = vm.new_object()?;
    for (name, value) in [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ] {
        define_constant(vm, math, name, Value::Number(value))?;
    }
    for (magic, &(name, _)) in UNARY.iter().enumerate() {
        let f = native_function_with_magic(vm, name, unary, 1, magic as u16)?;
        let key = vm.key(name);
        vm.define_hidden(math, key, Value::Object(f))?;
    }
    let table: &[(&str, NativeFn, u32)] = &[
        ("max", max, 2),
        ("min", min, 2),
        ("pow", pow, 2),
        ("atan2", atan2, 2),
        ("hypot", hypot, 2),
        ("imul", imul, 2),
        ("clz32", clz32, 1),
        ("random", random, 0),
        ("sumPrecise", sum_precise, 1),
    ];
    install_methods(vm, math, table)?;
    crate::define_to_string_tag(vm, math, "Math")?;
    define_global(vm, "Math", Value::Object(math))
}

/// The one wrapper behind every unary function: its magic number is the
/// implementation's place in `UNARY`.
fn unary(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = vm.to_number(args.get(0))?;
    let f = UNARY.get(usize::from(args.magic)).map_or(f64::abs as Unary, |(_, f)| *f);
    Ok(Value::Number(f(x)))
}

fn fround(x: f64) -> f64 {
    x as f32 as f64
}

/// Math.round: rounds half up, keeping -0 for inputs in [-0.5, -0].
fn round(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if (-0.5..0.0).contains(&x) {
        return -0.0;
    }
    let floor = x.floor();
    if x - floor >= 0.5 { floor + 1.0 } else { floor }
}

fn sign(x: f64) -> f64 {
    if x.is_nan() || x == 0.0 { x } else { x.signum() }
}

fn numbers(vm: &mut Vm, args: &Args) -> JsResult<Vec<f64>> {
    vm.charge(args.len() as u64)?;
    args.args.iter().map(|&a| vm.to_number(a)).collect()
}

fn max(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut result = f64::NEG_INFINITY;
    for n in numbers(vm, args)? {
        if n.is_nan() || result.is_nan() {
            result = f64::NAN;
        } else if n > result || (n == 0.0 && result == 0.0 && !n.is_sign_negative()) {
            result = n;
        }
    }
    Ok(Value::Number(result))
}

fn min(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut result = f64::INFINITY;
    for n in numbers(vm, args)? {
        if n.is_nan() || result.is_nan() {
            result = f64::NAN;
        } else if n < result || (n == 0.0 && result == 0.0 && n.is_sign_negative()) {
            result = n;
        }
    }
    Ok(Value::Number(result))
}

fn pow(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let base = vm.to_number(args.get(0))?;
    let exponent = vm.to_number(args.get(1))?;
    if exponent.is_nan() || (base.abs() == 1.0 && exponent.is_infinite()) {
        return Ok(Value::Number(f64::NAN));
    }
    Ok(Value::Number(base.powf(exponent)))
}

fn atan2(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let y = vm.to_number(args.get(0))?;
    let x = vm.to_number(args.get(1))?;
    Ok(Value::Number(y.atan2(x)))
}

fn hypot(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let ns = numbers(vm, args)?;
    if ns.iter().any(|n| n.is_infinite()) {
        return Ok(Value::Number(f64::INFINITY));
    }
    if ns.iter().any(|n| n.is_nan()) {
        return Ok(Value::Number(f64::NAN));
    }
    // The sum starts from +0 (an empty or all-zero argument list gives +0;
    // Rust's float `sum` starts from -0).
    Ok(Value::Number(ns.iter().fold(0.0, |sum, n| sum + n * n).sqrt()))
}

fn imul(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let a = jsvm_vm::number::to_int32(vm.to_number(args.get(0))?);
    let b = jsvm_vm::number::to_int32(vm.to_number(args.get(1))?);
    Ok(Value::Number(a.wrapping_mul(b) as f64))
}

fn clz32(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let n = jsvm_vm::number::to_uint32(vm.to_number(args.get(0))?);
    Ok(Value::Number(n.leading_zeros() as f64))
}

/// Math.random: xorshift64*, 53 random bits in [0, 1).
fn random(vm: &mut Vm, _: &Args) -> JsResult<Value> {
    let mut x = vm.rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    vm.rng_state = x;
    let bits = x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11;
    Ok(Value::Number(bits as f64 / (1u64 << 53) as f64))
}

/// Math.sumPrecise(items): the exact sum of the numbers `items` iterates,
/// rounded once. -0 only when every item is -0 (or there are none), NaN
/// when one is NaN or infinities of both signs meet.
fn sum_precise(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let items = args.get(0);
    if items.is_nullish() {
        return Err(vm.error(ErrorKind::TypeError, "Math.sumPrecise requires an iterable"));
    }
    let iter = vm.iterator_open(items)?;
    let mut sum = ExactSum::default();
    let (mut nan, mut plus_infinity, mut minus_infinity, mut all_minus_zero) = (false, false, false, true);
    let mut count: u64 = 0;
    loop {
        let mark = vm.roots_mark();
        let Some(value) = vm.iterator_step(iter)? else { break };
        vm.release_roots(mark);
        // The exact addition touches three chunks of the accumulator.
        vm.charge(2)?;
        count += 1;
        let n = match value {
            Value::Number(n) if count < 1 << 53 => n,
            Value::Number(_) => {
                let e = vm.error(ErrorKind::RangeError, "Math.sumPrecise: too many items");
                return Err(vm.iterator_close_after(iter, e));
            }
            _ => {
                let e = vm.error(ErrorKind::TypeError, "Math.sumPrecise: an item is not a number");
                return Err(vm.iterator_close_after(iter, e));
            }
        };
        if n.is_nan() {
            nan = true;
        } else if n == f64::INFINITY {
            plus_infinity = true;
        } else if n == f64::NEG_INFINITY {
            minus_infinity = true;
        } else if !(n == 0.0 && n.is_sign_negative()) {
            all_minus_zero = false;
            sum.add(n);
        }
    }
    Ok(Value::Number(match (nan || (plus_infinity && minus_infinity), plus_infinity, minus_infinity) {
        (true, _, _) => f64::NAN,
        (_, true, _) => f64::INFINITY,
        (_, _, true) => f64::NEG_INFINITY,
        _ if all_minus_zero => -0.0,
        _ => sum.value(),
    }))
}

/// An exact sum of finite doubles: a fixed-point integer in units of
/// 2^-1074 (the smallest subnormal), kept as 32-bit chunks in i64s so
/// that chunks absorb many additions before carries must move.
struct ExactSum {
    chunks: [i64; EXACT_CHUNKS],
    pending: u32,
}

/// 2 098 bits of magnitude (2^1024 / 2^-1074) plus room for 2^53 items.
const EXACT_CHUNKS: usize = 70;

impl Default for ExactSum {
    fn default() -> ExactSum {
        ExactSum { chunks: [0; EXACT_CHUNKS], pending: 0 }
    }
}

impl ExactSum {
    fn add(&mut self, n: f64) {
        let bits = n.to_bits();
        let exponent = ((bits >> 52) & 0x7FF) as i64;
        let fraction = (bits & ((1 << 52) - 1)) as i64;
        // n = mantissa × 2^(offset - 1074), offset ≥ 0.
        let (mantissa, offset) = if exponent == 0 { (fraction, 0) } else { (fraction | 1 << 52, exponent - 1) };
        let mantissa = if n < 0.0 { -mantissa } else { mantissa };
        let (index, shift) = ((offset / 32) as usize, offset % 32);
        let wide = i128::from(mantissa) << shift;
        for (k, chunk) in self.chunks.iter_mut().skip(index).take(3).enumerate() {
            *chunk += ((wide >> (32 * k)) as i64) & if k < 2 { 0xFFFF_FFFF } else { -1 };
        }
        self.pending += 1;
        if self.pending >= 1 << 28 {
            self.normalize();
        }
    }

    /// Moves carries up so every chunk but the top is in 0..2^32.
    fn normalize(&mut self) {
        let mut carry = 0i64;
        for chunk in &mut self.chunks {
            let v = *chunk + carry;
            *chunk = v & 0xFFFF_FFFF;
            carry = v >> 32;
        }
        if let Some(top) = self.chunks.last_mut() {
            *top += carry << 32;
        }
        self.pending = 0;
    }

    /// The sum rounded to the nearest double, ties to even.
    fn value(mut self) -> f64 {
        self.normalize();
        let negative = self.chunks.last().is_some_and(|&top| top < 0);
        if negative {
            // Two's complement negation, chunk by chunk.
            let mut carry = 1i64;
            for chunk in &mut self.chunks {
                let v = (!*chunk & 0xFFFF_FFFF) + carry;
                *chunk = v & 0xFFFF_FFFF;
                carry = v >> 32;
            }
        }
        let magnitude = self.magnitude();
        if negative { -magnitude } else { magnitude }
    }

    fn magnitude(&self) -> f64 {
        let Some(top) = self.chunks.iter().rposition(|&c| c != 0) else { return 0.0 };
        let bit_length = 32 * top as i64 + (64 - (self.chunks[top] as u64).leading_zeros() as i64);
        let bit = |i: i64| -> u64 {
            let (chunk, shift) = ((i / 32) as usize, i % 32);
            self.chunks.get(chunk).map_or(0, |&c| ((c as u64) >> shift) & 1)
        };
        if bit_length <= 53 {
            let n = (0..bit_length).fold(0u64, |acc, i| acc | bit(i) << i);
            return n as f64 * f64::from_bits(1);
        }
        // The top 53 bits, the next one, and whether any below is set.
        let low = bit_length - 54;
        let mut q = (low + 1..bit_length).fold(0u64, |acc, i| acc | bit(i) << (i - low - 1));
        let round = bit(low) == 1;
        let sticky = (0..low).any(|i| bit(i) == 1);
        let mut exponent = low + 1 - 1074;
        if round && (sticky || q & 1 == 1) {
            q += 1;
            if q == 1 << 53 {
                q >>= 1;
                exponent += 1;
            }
        }
        q as f64 * 2f64.powi(exponent as i32)
    }
}
