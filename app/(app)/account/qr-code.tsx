import QRCode from "qrcode";

/**
 * A QR code drawn as SVG from qrcode's module matrix: no image data URL and no injected
 * markup, so it passes any content security policy. Dark modules on a white quiet zone.
 */
export function QrCode({ value, label, size = 192 }: { value: string; label: string; size?: number }) {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: "M" });
  const quiet = 4;
  const extent = modules.size + quiet * 2;
  let path = "";
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  }
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${extent} ${extent}`} width={size} height={size} shapeRendering="crispEdges" className="rounded-field border border-slate-200 bg-white">
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#0f172a" />
    </svg>
  );
}
