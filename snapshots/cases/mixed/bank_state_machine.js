function* atm(balance) {
  let state = "idle";
  let msg = "welcome";
  while (true) {
    const [cmd, arg] = yield `${state}: ${msg}`;
    if (state === "idle" && cmd === "card") { state = "auth"; msg = "enter pin"; }
    else if (state === "auth" && cmd === "pin") {
      if (arg === 1234) { state = "menu"; msg = "balance " + balance; }
      else { msg = "wrong pin"; }
    } else if (state === "menu" && cmd === "withdraw") {
      if (arg > balance) msg = "insufficient";
      else { balance -= arg; msg = "dispensed " + arg + ", left " + balance; }
    } else if (cmd === "eject") { state = "idle"; msg = "bye"; }
    else msg = "invalid " + cmd + " in " + state;
  }
}
const m = atm(100);
print(m.next().value);
const script = [["pin", 1], ["card"], ["pin", 1111], ["pin", 1234], ["withdraw", 30], ["withdraw", 500], ["eject"], ["withdraw", 1]];
for (const step of script) print(m.next(step).value);
/* expected
idle: welcome
idle: invalid pin in idle
auth: enter pin
auth: wrong pin
menu: balance 100
menu: dispensed 30, left 70
menu: insufficient
idle: bye
idle: invalid withdraw in idle
*/
