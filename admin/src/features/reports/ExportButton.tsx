import { errorMessage } from '@bangfu/api-client';
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { downloadXlsx, type Query } from './api';

interface Props {
  /** What is exported, in the accessible name: 「导出Excel（按受援县销售）」. */
  title: string;
  /** The `…/export.xlsx` path. */
  path: string;
  params: Query;
  filename: string;
}

export function ExportButton({ title, path, params, filename }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadXlsx(path, params, filename);
    } catch (e) {
      message.error(`导出失败：${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={run} aria-label={`导出Excel（${title}）`}>
      导出Excel
    </Button>
  );
}
