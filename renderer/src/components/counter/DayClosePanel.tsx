import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Result } from '../../../../shared/contract'
import { parseMajor, type Currency } from '../../../../shared/money'
import { api, messageOf } from '../../api/client'
import { downloadText } from '../catalog/files'
import { useFormat } from '../../i18n/format'

type Report = Result<'counter.dayClose'>

/**
 * Day close: the cash the drawer should hold against what was counted (the difference in words: short or
 * over), UPI, online, khata; print (thermal or page) and CSV for the accountant. `day` is the shop's day
 * ("2026-12-02"); without it, the shop's today. Key it by the day so another day starts empty.
 */
export function DayClosePanel({ day, open = false }: { day?: string | undefined; open?: boolean }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const [counted, setCounted] = useState('')
  const [report, setReport] = useState<Report | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const currency = (report?.currency ?? 'INR') as Currency
  const args = (): { day?: string; counted?: number } | null => {
    const base = day ? { day } : {}
    if (counted.trim() === '') return base
    const n = parseMajor(counted, currency)
    if (n === null || n < 0) return null
    return { ...base, counted: n }
  }
  const m = (n: number) => fmt.money(n, currency)
  const difference = (d: number) =>
    d === 0
      ? t('dayClose.exact')
      : d > 0
        ? t('dayClose.over', { amount: m(d) })
        : t('dayClose.short', { amount: m(-d) })
  return (
    <details className="panel day-close" data-testid="day-close" open={open || undefined}>
      <summary>{t('dayClose.title')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          const a = args()
          if (!a) {
            setNote(t('dayClose.badAmount', { value: counted }))
            return
          }
          setNote(null)
          api.call('counter.dayClose', a).then(setReport, (err: unknown) => setNote(messageOf(err)))
        }}
      >
        <div className="field">
          <label htmlFor="day-close-counted">{t('dayClose.counted')}</label>
          <input
            id="day-close-counted"
            inputMode="decimal"
            value={counted}
            onChange={(e) => setCounted(e.target.value)}
          />
        </div>
        <button type="submit" className="btn">
          {t('dayClose.show')}
        </button>
      </form>
      {report && (
        <div className="day-close-report">
          <table className="lines-table">
            <tbody>
              <tr>
                <th scope="row">{t('dayClose.cashSales')}</th>
                <td className="num">{m(report.cash.sales)}</td>
              </tr>
              <tr>
                <th scope="row">{t('dayClose.khataCash')}</th>
                <td className="num">{m(report.cash.khataReceived)}</td>
              </tr>
              <tr>
                <th scope="row">{t('dayClose.expected')}</th>
                <td className="num" data-testid="day-close-expected">
                  {m(report.cash.expected)}
                </td>
              </tr>
              {report.cash.counted !== null && (
                <>
                  <tr>
                    <th scope="row">{t('dayClose.countedRow')}</th>
                    <td className="num" data-testid="day-close-counted">
                      {m(report.cash.counted)}
                    </td>
                  </tr>
                  <tr className={report.cash.difference ? 'day-close-off' : undefined}>
                    <th scope="row">{t('dayClose.difference')}</th>
                    <td className="num" data-testid="day-close-difference">
                      {difference(report.cash.difference ?? 0)}
                    </td>
                  </tr>
                </>
              )}
              <tr>
                <th scope="row">{t('dayClose.upi')}</th>
                <td className="num">{m(report.upi)}</td>
              </tr>
              <tr>
                <th scope="row">{t('dayClose.online')}</th>
                <td className="num">{m(report.online)}</td>
              </tr>
              <tr>
                <th scope="row">{t('dayClose.khataGiven')}</th>
                <td className="num">{m(report.khataGiven)}</td>
              </tr>
              <tr>
                <th scope="row">{t('dayClose.khataReceived')}</th>
                <td className="num">
                  {m(report.khataReceived.cash + report.khataReceived.upi + report.khataReceived.online)}
                </td>
              </tr>
              <tr>
                <th scope="row">{t('dayClose.unpaid')}</th>
                <td className="num">{m(report.unpaid)}</td>
              </tr>
            </tbody>
          </table>
          <div className="button-row">
            <button type="button" className="btn" onClick={() => window.print()}>
              {t('dayClose.printPage')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() =>
                api.call('receipts.printDayClose', args() ?? (day ? { day } : {})).then(
                  (r) =>
                    setNote(
                      r.printed ? t('dayClose.printed') : t('dayClose.notPrinted', { error: r.error ?? '' }),
                    ),
                  (err: unknown) => setNote(messageOf(err)),
                )
              }
            >
              {t('dayClose.printSlip')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() =>
                api.call('counter.dayCloseCsv', day ? { day } : {}).then(
                  (r) => downloadText(r.fileName, r.csv),
                  (err: unknown) => setNote(messageOf(err)),
                )
              }
            >
              {t('dayClose.exportCsv')}
            </button>
          </div>
        </div>
      )}
      {note && <p role="status">{note}</p>}
    </details>
  )
}
