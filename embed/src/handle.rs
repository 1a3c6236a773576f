//! Handles: script functions and objects the host keeps across calls.

use std::sync::Arc;

use jsvm_vm::Pin;

/// A script function or object held by the host: it stays alive (whatever
/// the collector does) for as long as a clone of the handle exists, and is
/// released when the last one is dropped, on any thread. A handle is only
/// meaningful to the sandbox that made it; another sandbox refuses it with
/// a `TypeError`.
///
/// A handle is what [`Sandbox::global`](crate::Sandbox::global) or
/// [`Sandbox::call`](crate::Sandbox::call) return when asked for a `Handle`,
/// and what a host function parameter of type `Handle` receives;
/// [`Sandbox::call_handle`](crate::Sandbox::call_handle) calls one, and
/// `&handle` passes the object itself back to the script as an argument.
#[derive(Clone, Debug)]
pub struct Handle(Arc<Pin>);

impl Handle {
    pub(crate) fn new(pin: Pin) -> Handle {
        Handle(Arc::new(pin))
    }

    pub(crate) fn pin(&self) -> &Pin {
        &self.0
    }
}
