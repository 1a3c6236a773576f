function* g() { yield echo({ k: 'v'.repeat(100) }); }
keep(g);
let deep = []; for (let i = 0; i < 300; i++) deep = [deep];
try { echo(deep) } catch (e) { print(e.name) }
echo(Object.create(null))
