// A department feed (deaths from 卫计委, enlistments from the military) as one zod schema, shared by the API and the
// web upload page (web/src/pages/quality/FeedPage.tsx), which checks each CSV row with it before sending. Pure: zod
// only, so the web bundle can import it. FEED_COLUMNS are the contract's CSV columns (../shared/spec/data-exchange.md).
import { z } from 'zod';

export const FEED_RECORDS_PER_REQUEST = 10_000;

export const feedRecordSchema = z.object({
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(\d{15}|\d{17}[\dX])$/, '公民身份号码应为18位（或15位旧号码）'),
  name: z.string().trim().min(1, '不能为空').max(50),
  date: z.iso.date('日期格式应为 YYYY-MM-DD'),
});

export const feedSchema = z.object({
  records: z
    .array(feedRecordSchema)
    .min(1, '至少一条记录')
    .max(FEED_RECORDS_PER_REQUEST, `每次最多${FEED_RECORDS_PER_REQUEST}条`),
});

/** The contract's CSV columns of each feed, in the order of the record's fields (idNumber, name, date). */
export const FEED_COLUMNS = {
  deaths: ['id_number', 'name', 'death_date'],
  enlistments: ['id_number', 'name', 'enlisted_on'],
} as const;
