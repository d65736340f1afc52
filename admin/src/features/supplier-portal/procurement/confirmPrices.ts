import { yuanToFen } from '../shared/money';

export interface PricedLine {
  id: string;
  quantity: number;
  listPriceFen: number;
}

/** Why a typed deal price can't be sent, or null when it can (a supplier may lower, never raise). */
export function priceProblem(text: string | undefined, listPriceFen: number): string | null {
  const fen = yuanToFen((text ?? '').trim());
  if (fen === null) return '请输入单价，最多两位小数';
  if (fen < 1) return '单价须大于 0';
  if (fen > listPriceFen) return `不能高于下单价 ¥${(listPriceFen / 100).toFixed(2)}，只能降价`;
  return null;
}

/**
 * The confirm request and the new total from the typed prices (元 text per line id). Lines left at
 * the list price are not sent: the API keeps the list price for lines it is not given.
 */
export function confirmRequest(lines: PricedLine[], prices: Record<string, string | undefined>) {
  let totalFen = 0;
  const changed: { lineId: string; unitPriceFen: number }[] = [];
  for (const l of lines) {
    const fen = yuanToFen((prices[l.id] ?? '').trim());
    const price = fen === null || fen > l.listPriceFen || fen < 1 ? l.listPriceFen : fen;
    totalFen += price * l.quantity;
    if (price !== l.listPriceFen) changed.push({ lineId: l.id, unitPriceFen: price });
  }
  return { lines: changed, totalFen };
}
