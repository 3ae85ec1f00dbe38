/*
 * The explorer's Excel and CSV buttons: the current query, variables and headers posted to the
 * gateway's export endpoints with the token in use, the file handed to the browser as a download.
 * A browser script sharing the explorer's globals (explorer.ts, loaded before it).
 */
/** The two files the explorer downloads: CSV (one list) and Excel (a sheet per list, Chinese headers and labels). */
interface ExportFormat {
  label: 'CSV' | 'Excel';
  url: () => string;
  fallbackName: string;
  elementId: string;
  title: string;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- read by explorer.ts: the page's scripts share one scope
const EXPORT_FORMATS: ExportFormat[] = [
  {
    label: 'CSV',
    url: () => config.exportUrl,
    fallbackName: 'export.csv',
    elementId: 'explorer-csv',
    title: 'Download the first list of the result as CSV',
  },
  {
    label: 'Excel',
    url: () => config.excelExportUrl,
    fallbackName: 'export.xlsx',
    elementId: 'explorer-xlsx',
    title: 'Download every list of the result as an Excel workbook: a sheet per list, Chinese headers and labels (导出Excel)',
  },
];

function filenameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match ? match[1] : fallback;
}

function parseJsonObject(text: string | undefined): Record<string, unknown> {
  return (JSON.parse(text || '{}') as Record<string, unknown> | null) ?? {};
}

async function download(format: ExportFormat, body: unknown, headers: Record<string, unknown>, token: string): Promise<string> {
  const response = await fetch(format.url(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(headers as Record<string, string>), ...authHeaders(token) },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const json = (await response.json()) as { errors?: { message: string }[] };
    const first = json.errors?.[0];
    throw new Error(first ? first.message : `HTTP ${response.status}`);
  }
  const rows = response.headers.get('x-export-rows');
  const incomplete = response.headers.get('x-export-incomplete');
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filenameOf(response, format.fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  // A long export streams: its row count follows the file as a trailer, which fetch cannot read.
  if (rows === null) return `${format.label}: downloaded`;
  return `${format.label}: ${rows} rows${incomplete ? ` (incomplete: ${incomplete})` : ''}`;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- rendered by explorer.ts: the page's scripts share one scope
function ExportButton(props: { format: ExportFormat; token: string; onStatus(status: string): void }): ReactNode {
  const { format } = props;
  const editor = ui.useEditorContext({ nonNull: true });
  const exportFile = () => {
    let variables: Record<string, unknown>;
    let headers: Record<string, unknown>;
    try {
      variables = parseJsonObject(editor.variableEditor?.getValue() ?? undefined);
      headers = parseJsonObject(editor.headerEditor?.getValue() ?? undefined);
    } catch {
      props.onStatus(`${format.label}: the variables or headers are not valid JSON`);
      return;
    }
    const tab = editor.tabs[editor.activeTabIndex];
    const body = {
      query: editor.queryEditor?.getValue() ?? '',
      variables,
      operationName: editor.queryEditor?.operationName ?? tab?.operationName ?? undefined,
    };
    props.onStatus(`${format.label}: exporting…`);
    download(format, body, headers, props.token).then(props.onStatus, (err: Error) =>
      props.onStatus(`${format.label} failed: ${err.message}`),
    );
  };
  return h(
    ui.ToolbarButton,
    { label: format.title, onClick: exportFile },
    h('span', { className: 'explorer-csv', id: format.elementId }, format.label),
  );
}
