import { placeLabels } from '@contracts/booking';
import { cnDate, cnDateTime } from '../booking/slots';
import type { CaseDoc } from './models';

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`).replace(/\n/g, '<br>');
}

/**
 * 人民调解协议书 as a self-contained printable page, laid out like the Ministry of Justice's model text:
 * number, parties, dispute facts, agreed terms, how they are carried out, signature lines. Every user-written
 * string is escaped: the file is served from storage and opened in a browser.
 */
export function renderAgreement(c: CaseDoc, now: number): string {
  const a = c.agreement;
  if (!a) throw new Error('case has no agreement');
  const party = (role: string, name: string, village?: string, extra?: string) =>
    `<tr><th>${role}</th><td>${esc(name)}</td><th>住址</th><td>${esc(village ?? '')}</td></tr>${extra ?? ''}`;
  const terms = a.terms.map((t, i) => `<li><span class="n">${i + 1}.</span>${esc(t)}</li>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>人民调解协议书 ${esc(c.caseNumber)}</title>
<style>body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC","SimSun",serif;max-width:760px;margin:24px auto;padding:0 20px;color:#111;font-size:17px;line-height:1.8}
h1{font-size:28px;text-align:center;letter-spacing:6px;margin:8px 0}.no{text-align:right;font-size:15px}table{width:100%;border-collapse:collapse;margin:8px 0}
th,td{border:1px solid #333;padding:6px 8px;text-align:left;vertical-align:top}th{width:5em;white-space:nowrap;background:#f6f6f6}
h2{font-size:19px;margin:18px 0 4px}ol{list-style:none;padding:0}li{margin:4px 0}.n{display:inline-block;width:1.8em}
.sign{display:flex;flex-wrap:wrap;gap:18px 40px;margin-top:36px}.sign div{min-width:300px}.line{display:inline-block;border-bottom:1px solid #111;width:150px;height:1.4em}
.foot{margin-top:28px;font-size:14px;color:#444}@media print{body{margin:0}}</style></head><body>
<h1>人民调解协议书</h1>
<p class="no">编号：${esc(c.caseNumber)}</p>
<table>
${party('甲方', a.parties?.resident ?? c.residentName, c.residentVillage)}
${party('乙方', a.parties?.other ?? c.otherParty.name, c.otherParty.village, `<tr><th>关系</th><td colspan="3">${esc(c.otherParty.relation)}</td></tr>`)}
<tr><th>纠纷类型</th><td>${esc(c.disputeType)}</td><th>调解地点</th><td>${placeLabels[c.booking.place]}</td></tr>
<tr><th>调解员</th><td>${esc(c.mediatorName)}</td><th>调解日期</th><td>${cnDate(a.agreedAt)}</td></tr>
</table>
<h2>一、纠纷主要事实、争议事项</h2><p>${esc(a.facts)}</p>
<h2>二、经调解，双方自愿达成如下协议</h2><ol>${terms}</ol>
<h2>三、履行方式、时限</h2><p>${esc(a.performance)}</p>
<p>本协议一式三份，双方当事人、人民调解委员会各持一份。本协议经双方当事人签名（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。双方可自协议生效之日起三十日内共同向人民法院申请司法确认。</p>
<div class="sign">
<div>甲方（签名/按指印）：<span class="line"></span></div>
<div>乙方（签名/按指印）：<span class="line"></span></div>
<div>人民调解员（签名）：<span class="line"></span></div>
<div>人民调解委员会（印章）<br>${cnDate(a.agreedAt)}</div>
</div>
<p class="foot">由掌上调解室于${cnDateTime(now)}生成。</p>
</body></html>`;
}
