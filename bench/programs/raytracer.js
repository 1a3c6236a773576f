// A small ray tracer: a Vec class, three spheres and a checkered plane, two
// point lights with diffuse shading, shadow rays and up to two reflection bounces;
// renders two 100x100 frames and hashes the pixel values.
class Vec {
  constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
  add(v) { return new Vec(this.x + v.x, this.y + v.y, this.z + v.z); }
  sub(v) { return new Vec(this.x - v.x, this.y - v.y, this.z - v.z); }
  mul(k) { return new Vec(this.x * k, this.y * k, this.z * k); }
  dot(v) { return this.x * v.x + this.y * v.y + this.z * v.z; }
  length() { return Math.sqrt(this.dot(this)); }
  norm() { return this.mul(1 / this.length()); }
}

class Sphere {
  constructor(center, radius, color, reflect) { this.center = center; this.r2 = radius * radius; this.color = color; this.reflect = reflect; }
  intersect(origin, dir) {
    const oc = origin.sub(this.center);
    const b = oc.dot(dir), c = oc.dot(oc) - this.r2;
    const disc = b * b - c;
    if (disc < 0) return Infinity;
    const s = Math.sqrt(disc);
    const t = -b - s;
    if (t > 1e-4) return t;
    const t2 = -b + s;
    return t2 > 1e-4 ? t2 : Infinity;
  }
  normal(p) { return p.sub(this.center).norm(); }
  colorAt(p) { return this.color; }
}

class Plane {
  constructor(normal, offset) { this.n = normal; this.offset = offset; this.reflect = 0.2; }
  intersect(origin, dir) {
    const denom = this.n.dot(dir);
    if (Math.abs(denom) < 1e-9) return Infinity;
    const t = -(this.n.dot(origin) + this.offset) / denom;
    return t > 1e-4 ? t : Infinity;
  }
  normal(p) { return this.n; }
  colorAt(p) { return (Math.floor(p.x) + Math.floor(p.z)) & 1 ? new Vec(0.9, 0.9, 0.9) : new Vec(0.2, 0.2, 0.25); }
}

const scene = [
  new Sphere(new Vec(0, 1, 5), 1, new Vec(1, 0.2, 0.2), 0.3),
  new Sphere(new Vec(-2, 0.75, 6), 0.75, new Vec(0.2, 1, 0.3), 0.1),
  new Sphere(new Vec(2, 1.5, 7), 1.5, new Vec(0.3, 0.4, 1), 0.5),
  new Plane(new Vec(0, 1, 0), 0),
];
const lights = [
  { pos: new Vec(-5, 8, -2), intensity: 0.7 },
  { pos: new Vec(6, 5, 1), intensity: 0.5 },
];

function closest(origin, dir) {
  let best = Infinity, hit = null;
  for (const obj of scene) {
    const t = obj.intersect(origin, dir);
    if (t < best) { best = t; hit = obj; }
  }
  return hit === null ? null : { obj: hit, t: best };
}

function trace(origin, dir, depth) {
  const h = closest(origin, dir);
  if (h === null) return new Vec(0.1, 0.1, 0.15 + 0.2 * Math.max(0, dir.y));
  const p = origin.add(dir.mul(h.t));
  const n = h.obj.normal(p);
  const base = h.obj.colorAt(p);
  let light = 0.1;
  for (const l of lights) {
    const toLight = l.pos.sub(p);
    const dist = toLight.length();
    const ld = toLight.mul(1 / dist);
    const diff = n.dot(ld);
    if (diff <= 0) continue;
    const s = closest(p, ld);
    if (s !== null && s.t < dist) continue;
    light += diff * l.intensity;
  }
  let color = base.mul(light);
  if (depth > 0 && h.obj.reflect > 0) {
    const r = dir.sub(n.mul(2 * dir.dot(n)));
    color = color.mul(1 - h.obj.reflect).add(trace(p, r, depth - 1).mul(h.obj.reflect));
  }
  return color;
}

const W = 100, H = 100;
let sum = 0, hash = 0;
for (let frame = 0; frame < 2; frame++) {
  const eye = new Vec(frame * 0.5, 2, -3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const dir = new Vec((x - W / 2) / W, (H / 2 - y) / H - 0.15, 1).norm();
      const c = trace(eye, dir, 2);
      const r = Math.min(255, Math.floor(c.x * 255)), g = Math.min(255, Math.floor(c.y * 255)), b = Math.min(255, Math.floor(c.z * 255));
      sum += r + g + b;
      hash = (Math.imul(hash, 31) + ((r << 16) | (g << 8) | b)) | 0;
    }
  }
}
print(sum, hash >>> 0);
