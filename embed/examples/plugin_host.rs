//! A plugin host: each plugin is a script in its own sandbox that exports
//! `transform(order)`; the host calls every plugin on every order with a
//! serde struct and reads a serde struct back. One plugin loops forever and
//! another allocates without end: each is stopped by its own budget, its
//! verdict reported, and the others carry on untouched.
//!
//! `cargo run --release -p jsvm --example plugin_host`

use jsvm::{Engine, Limits, RunError, Sandbox, Serde};

#[derive(serde::Serialize, serde::Deserialize, Clone, Debug)]
struct Order {
    id: u32,
    items: Vec<Item>,
    total: f64,
    notes: Vec<String>,
}

#[derive(serde::Serialize, serde::Deserialize, Clone, Debug)]
struct Item {
    sku: String,
    price: f64,
    quantity: u32,
}

const PLUGINS: &[(&str, &str)] = &[
    (
        "discount.js",
        "function transform(order) {
           const total = order.items.reduce((sum, i) => sum + i.price * i.quantity, 0);
           const rate = total > 100 ? 0.1 : 0;
           return { ...order, total: Math.round(total * (1 - rate) * 100) / 100,
                    notes: [...order.notes, `discount ${rate * 100}%`] };
         }",
    ),
    ("stuck.js", "function transform(order) { while (true) {} }"),
    (
        "hoarder.js",
        "const kept = []; function transform(order) { for (;;) kept.push('x'.repeat(1 << 20) + kept.length) }",
    ),
    (
        "audit.js",
        "let seen = 0;
         function transform(order) {
           seen++;
           return { ...order, notes: [...order.notes, `audited (${seen} so far)`] };
         }",
    ),
];

fn main() -> Result<(), RunError> {
    let engine = Engine::new();
    let limits = Limits { gas: 200_000, memory: 4 << 20, ..Limits::default() };
    let mut plugins = Vec::new();
    for (name, source) in PLUGINS {
        let script = engine.compile(source, name).map_err(|e| RunError::Internal(e.to_string()))?;
        let mut sandbox = Sandbox::new(&engine, limits.clone())?;
        sandbox.run(&script)?;
        plugins.push((*name, sandbox, true));
    }

    let mut stopped = 0;
    for id in 1..=3 {
        let mut order = Order {
            id,
            items: vec![
                Item { sku: "tea".into(), price: 4.5, quantity: 10 * id },
                Item { sku: "cup".into(), price: 12.0, quantity: 2 },
            ],
            total: 0.0,
            notes: Vec::new(),
        };
        for (name, sandbox, enabled) in plugins.iter_mut() {
            if !*enabled {
                continue;
            }
            match sandbox.call::<Serde<Order>>("transform", (Serde(order.clone()),)) {
                Ok(Serde(changed)) => order = changed,
                Err(e) => {
                    println!("order {id}: plugin {name} disabled: {} ({e})", e.verdict());
                    *enabled = false;
                    stopped += 1;
                }
            }
        }
        println!("order {id}: total {} — {}", order.total, order.notes.join("; "));
        assert_eq!(order.notes.last().map(String::as_str), Some(format!("audited ({id} so far)").as_str()));
    }
    assert_eq!(stopped, 2);
    Ok(())
}
