// A lone UTF-16 surrogate is valid in a JS string but not in a jsonb escape; the text driver stored it as U+FFFD.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const wellFormed = (_key: string, value: unknown) =>
  typeof value === 'string' ? value.replace(loneSurrogate, '\ufffd') : value;

/** One jsonb parameter holding the whole batch, for `jsonb_to_recordset`. */
export const asJsonRows = (rows: object[]) => JSON.stringify(rows, wellFormed);
