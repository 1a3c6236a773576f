// A game loop: entities with position, velocity, health and state updated
// every tick, collisions against a wall grid and a spatial hash, spawning and
// removing entities, for a few thousand ticks.
let seed = 2024;
function rand(n) { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; }

const W = 64, H = 64;
const grid = [];
for (let y = 0; y < H; y++) {
  const row = [];
  for (let x = 0; x < W; x++) row.push(x === 0 || y === 0 || x === W - 1 || y === H - 1 || rand(10) === 0 ? 1 : 0);
  grid.push(row);
}

let nextId = 1;
function spawn(kind) {
  let x, y;
  do { x = 1 + rand(W - 2); y = 1 + rand(H - 2); } while (grid[y][x] === 1);
  return { id: nextId++, kind, x: x + 0.5, y: y + 0.5, vx: (rand(200) - 100) / 400, vy: (rand(200) - 100) / 400,
           health: kind === "tank" ? 200 : 100, state: "wander", timer: rand(50), score: 0 };
}

let entities = [];
for (let i = 0; i < 150; i++) entities.push(spawn(i % 3 === 0 ? "tank" : "scout"));

let kills = 0, bounces = 0, hits = 0;
for (let tick = 0; tick < 1300; tick++) {
  const buckets = new Map();
  for (const e of entities) {
    if (--e.timer <= 0) {
      e.timer = 20 + rand(60);
      e.state = e.state === "wander" ? (e.health < 50 ? "flee" : "hunt") : "wander";
      if (e.state === "wander") { e.vx = (rand(200) - 100) / 400; e.vy = (rand(200) - 100) / 400; }
    }
    const speed = e.state === "flee" ? 1.5 : e.state === "hunt" ? 1.2 : 1;
    const nx = e.x + e.vx * speed, ny = e.y + e.vy * speed;
    if (grid[Math.floor(e.y)][Math.floor(nx)] === 1) { e.vx = -e.vx; bounces++; } else e.x = nx;
    if (grid[Math.floor(ny)][Math.floor(e.x)] === 1) { e.vy = -e.vy; bounces++; } else e.y = ny;
    const key = (Math.floor(e.x / 4) << 8) | Math.floor(e.y / 4);
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [e]); else bucket.push(e);
  }
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      const a = bucket[i];
      for (let j = i + 1; j < bucket.length; j++) {
        const b = bucket[j];
        const dx = a.x - b.x, dy = a.y - b.y;
        if (dx * dx + dy * dy < 1) {
          hits++;
          const dmgA = b.state === "hunt" ? 7 : 3, dmgB = a.state === "hunt" ? 7 : 3;
          a.health -= dmgA; b.health -= dmgB;
          if (a.kind !== b.kind) { a.score += dmgB; b.score += dmgA; }
        }
      }
    }
  }
  const alive = [];
  for (const e of entities) {
    if (e.health > 0) {
      if (e.state !== "hunt" && tick % 10 === 0 && e.health < 100) e.health++;
      alive.push(e);
    } else kills += 1 + (e.score & 3);
  }
  entities = alive;
  while (entities.length < 150) entities.push(spawn(rand(3) === 0 ? "tank" : "scout"));
}
let check = 0;
for (const e of entities) check = (Math.imul(check, 31) + e.id * 7 + e.health + e.score + Math.floor(e.x * 16) + Math.floor(e.y * 16)) | 0;
print(kills, bounces, hits, nextId, check >>> 0);
