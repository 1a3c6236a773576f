// A particle system: an array of particle objects updated every frame with
// gravity, drag and bounces off the walls, with emitters adding particles and
// dead ones removed.
let seed = 31337;
function rand() { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) / 16777216; }

const WIDTH = 800, HEIGHT = 600, GRAVITY = 0.15, DRAG = 0.995, RESTITUTION = 0.7;
const emitters = [
  { x: 100, y: 500, dx: 3, dy: -7, spread: 4, rate: 4 },
  { x: 400, y: 550, dx: 0, dy: -10, spread: 3, rate: 6 },
  { x: 700, y: 500, dx: -3, dy: -7, spread: 4, rate: 4 },
];

let particles = [];
let bounces = 0, expired = 0, emitted = 0;
function emit(em) {
  for (let i = 0; i < em.rate; i++) {
    const s = 0.5 + rand();
    particles.push({ x: em.x, y: em.y, vx: (em.dx + (rand() - 0.5) * em.spread) * s, vy: (em.dy + (rand() - 0.5) * em.spread) * s, life: 120 + Math.floor(rand() * 120), size: 1 + Math.floor(rand() * 4) });
    emitted++;
  }
}

let energy = 0;
for (let frame = 0; frame < 450; frame++) {
  for (const em of emitters) emit(em);
  const next = [];
  for (let i = 0; i < particles.length; i++) {
    const p = particles[i];
    p.vy += GRAVITY;
    p.vx *= DRAG; p.vy *= DRAG;
    p.x += p.vx; p.y += p.vy;
    if (p.x < 0) { p.x = -p.x; p.vx = -p.vx * RESTITUTION; bounces++; }
    else if (p.x > WIDTH) { p.x = 2 * WIDTH - p.x; p.vx = -p.vx * RESTITUTION; bounces++; }
    if (p.y > HEIGHT) { p.y = 2 * HEIGHT - p.y; p.vy = -p.vy * RESTITUTION; bounces++; }
    if (--p.life > 0 && !(p.y > HEIGHT - 1 && Math.abs(p.vy) < 0.2)) next.push(p);
    else expired++;
  }
  particles = next;
  if (frame % 50 === 49) {
    let e = 0;
    for (const p of particles) e += p.size * (p.vx * p.vx + p.vy * p.vy);
    energy = (energy * 7 + Math.round(e)) % 1000000007;
  }
}
let cx = 0, cy = 0;
for (const p of particles) { cx += p.x; cy += p.y; }
print(emitted, expired, bounces, particles.length, energy, Math.round(cx), Math.round(cy));
