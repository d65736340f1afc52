import { errorMessage } from '@bangfu/api-client';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { fileUrl, uploadFile, uploadProblem, type FileKind } from './files';

interface Props {
  /** Set by the enclosing Form.Item, so its label names the file input. */
  id?: string;
  value?: string | null;
  onChange?: (fileId: string | undefined) => void;
  kind?: FileKind;
  label?: string;
}

/** One uploaded document (licence, certificate, report); the form value is the file id. */
export function FileUpload({ id, value, onChange, kind = 'any', label = '上传文件' }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState<string>();

  const upload = async (file: File) => {
    const problem = uploadProblem(file, kind);
    if (problem) return void message.error(problem);
    setBusy(true);
    try {
      const f = await uploadFile(file);
      setName(f.name);
      onChange?.(f.id);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space wrap>
      <Upload id={id} showUploadList={false} accept={kind === 'image' ? 'image/*' : kind === 'pdf' ? '.pdf' : 'image/*,.pdf'}
        beforeUpload={(file) => { void upload(file); return false; }}>
        <Button icon={<UploadOutlined />} loading={busy}>{value ? '重新上传' : label}</Button>
      </Upload>
      {value && (
        <>
          <a href={fileUrl(value)} target="_blank" rel="noreferrer"><PaperClipOutlined /> {name ?? '查看已上传文件'}</a>
          <Button type="link" size="small" danger onClick={() => { setName(undefined); onChange?.(undefined); }}>移除</Button>
        </>
      )}
    </Space>
  );
}
