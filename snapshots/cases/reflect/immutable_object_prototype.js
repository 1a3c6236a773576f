// Object.prototype is an immutable prototype exotic object: its prototype
// stays null, whichever way a script tries to change it.
const proto = Object.prototype;
print(Reflect.setPrototypeOf(proto, null), Reflect.setPrototypeOf(proto, {}));
try { Object.setPrototypeOf(proto, Object.create(null)) } catch (e) { print(e.constructor.name) }
try { proto.__proto__ = { __proto__: null } } catch (e) { print(e.constructor.name) }
print(Object.getPrototypeOf(proto), Reflect.isExtensible(proto));
