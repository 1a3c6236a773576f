const o = { a: [1, 'two', null, undefined, { b: true }], n: -0, s: '\ud800x' };
print(JSON.stringify(echo(o)));
keep((x) => [x, echo(x)]);
keep({ get g() { return 1 } });
work(100);
o
