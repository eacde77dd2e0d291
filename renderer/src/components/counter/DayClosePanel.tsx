import { useState } from 'react'
import type { Result } from '../../../../shared/contract'
import { parseMajor, type Currency } from '../../../../shared/money'
import { api, messageOf } from '../../api/client'
import { downloadText } from '../catalog/files'
import { useFormat } from '../../i18n/format'

/** Day close: cash expected vs counted, UPI, online, khata; print (thermal or page) and CSV for the accountant. */
export function DayClosePanel() {
  const fmt = useFormat()
  const [counted, setCounted] = useState('')
  const [report, setReport] = useState<Result<'counter.dayClose'> | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const args = () => {
    const n = counted.trim() === '' ? null : parseMajor(counted)
    return n === null ? {} : { counted: n }
  }
  const m = (n: number) => fmt.money(n, (report?.currency ?? 'INR') as Currency)
  return (
    <details className="panel day-close" data-testid="day-close">
      <summary>Close the day</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          api.call('counter.dayClose', args()).then(setReport, (err: unknown) => setNote(messageOf(err)))
        }}
      >
        <div className="field">
          <label htmlFor="day-close-counted">Cash counted in the drawer</label>
          <input
            id="day-close-counted"
            inputMode="decimal"
            value={counted}
            onChange={(e) => setCounted(e.target.value)}
          />
        </div>
        <button type="submit" className="btn">
          Show figures
        </button>
      </form>
      {report && (
        <div className="day-close-report">
          <table className="lines-table">
            <tbody>
              <tr>
                <th>Cash sales</th>
                <td className="num">{m(report.cash.sales)}</td>
              </tr>
              <tr>
                <th>Khata paid in cash</th>
                <td className="num">{m(report.cash.khataReceived)}</td>
              </tr>
              <tr>
                <th>Cash expected</th>
                <td className="num" data-testid="day-close-expected">
                  {m(report.cash.expected)}
                </td>
              </tr>
              {report.cash.counted !== null && (
                <tr>
                  <th>Counted / difference</th>
                  <td className="num">
                    {m(report.cash.counted)} / {m(report.cash.difference ?? 0)}
                  </td>
                </tr>
              )}
              <tr>
                <th>UPI</th>
                <td className="num">{m(report.upi)}</td>
              </tr>
              <tr>
                <th>Online</th>
                <td className="num">{m(report.online)}</td>
              </tr>
              <tr>
                <th>Khata given</th>
                <td className="num">{m(report.khataGiven)}</td>
              </tr>
              <tr>
                <th>Khata received</th>
                <td className="num">
                  {m(report.khataReceived.cash + report.khataReceived.upi + report.khataReceived.online)}
                </td>
              </tr>
              <tr>
                <th>Unpaid orders</th>
                <td className="num">{m(report.unpaid)}</td>
              </tr>
            </tbody>
          </table>
          <div className="button-row">
            <button type="button" className="btn" onClick={() => window.print()}>
              Print page
            </button>
            <button
              type="button"
              className="btn"
              onClick={() =>
                api.call('receipts.printDayClose', args()).then(
                  (r) => setNote(r.printed ? 'Printed on the receipt printer.' : `Not printed: ${r.error}`),
                  (err: unknown) => setNote(messageOf(err)),
                )
              }
            >
              Print slip
            </button>
            <button
              type="button"
              className="btn"
              onClick={() =>
                api.call('counter.dayCloseCsv', {}).then(
                  (r) => downloadText(r.fileName, r.csv),
                  (err: unknown) => setNote(messageOf(err)),
                )
              }
            >
              Export CSV
            </button>
          </div>
        </div>
      )}
      {note && <p>{note}</p>}
    </details>
  )
}
