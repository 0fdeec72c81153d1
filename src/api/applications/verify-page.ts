// The verification page the QR code opens: plain HTML (works without the web app and without JavaScript),
// showing validity, a masked name and the dates only.
import type { Verification } from '../../domain/applications/schema.ts';

export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const COLORS = { valid: '#237804', expired: '#a8071a', used: '#595959', withdrawn: '#a8071a' } as const;

export function verifyPage(v: Verification): string {
  const body = v.found
    ? `<p class="status" style="color:${COLORS[v.status]}" data-testid="permit-status">${esc(v.statusName)}</p>
  <dl>
    <dt>持证人</dt><dd data-testid="masked-name">${esc(v.maskedName)}</dd>
    <dt>签发日期</dt><dd>${esc(v.issuedOn)}</dd>
    <dt>有效期至</dt><dd>${esc(v.validUntil)}</dd>
  </dl>`
    : `<p class="status" style="color:#a8071a" data-testid="permit-status">未找到该证明</p>
  <p>没有与此核验码对应的准予迁入证明。请重新扫描证明上的二维码，或向签发的公安机关咨询。</p>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>准予迁入证明核验 — 昭通市公安局</title>
<style>body{font-family:"Noto Sans CJK SC","Source Han Sans SC",sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}
h1{font-size:1.4rem}.status{font-size:1.6rem;font-weight:bold}dl{display:grid;grid-template-columns:7em 1fr;gap:.4rem}dt{color:#595959}dd{margin:0}</style>
</head><body><main>
  <h1>准予迁入证明核验</h1>
  ${body}
  <p style="color:#595959;font-size:.85rem">为保护个人信息，此处仅显示证明状态与隐去部分的姓名。</p>
</main></body></html>`;
}
