import { create } from 'qrcode';

// The join address as a QR code, drawn here as SVG from the code's modules: nothing is fetched,
// and the same address always gives the same picture. One path of unit squares, with the quiet
// zone of four modules the standard asks for, so that a phone reads it off a projector.

const SVG = 'http://www.w3.org/2000/svg';
const QUIET = 4;

/** The address a player opens to join room `code` from the page at `href`. */
export function joinAddress(href: string, code: string): string {
  const url = new URL(href);
  url.search = `?join=${encodeURIComponent(code)}`;
  url.hash = '';
  return url.toString();
}

/** The modules of the QR code of `text`: true where a square is dark. */
export function qrModules(text: string): boolean[][] {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1));
}

/** An SVG of the QR code of `text`, labelled for a screen reader with `label`. */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const modules = qrModules(text);
  const size = modules.length + QUIET * 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr-code');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const d = modules.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x + QUIET} ${y + QUIET}h1v1h-1z`] : []))).join('');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}
