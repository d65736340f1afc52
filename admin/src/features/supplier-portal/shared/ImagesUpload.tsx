import { errorMessage } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { App, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { fileUrl, uploadFile, uploadProblem } from './files';

interface Props {
  /** Set by the enclosing Form.Item, so its label names the file input. */
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  max?: number;
}

/** Product pictures: the form value is the list of file ids, the first is the cover. */
export function ImagesUpload({ id, value = [], onChange, max = 9 }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(0);

  const upload = async (file: File) => {
    const problem = uploadProblem(file, 'image');
    if (problem) return void message.error(problem);
    setBusy((n) => n + 1);
    try {
      const f = await uploadFile(file);
      onChange?.([...value, f.id].slice(0, max));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy((n) => n - 1);
    }
  };

  const fileList: UploadFile[] = value.map((id, i) => ({ uid: id, name: i === 0 ? '封面' : `图片${i + 1}`, status: 'done', url: fileUrl(id), thumbUrl: fileUrl(id) }));
  if (busy) fileList.push({ uid: 'uploading', name: '上传中', status: 'uploading' });

  return (
    <Upload id={id} listType="picture-card" accept="image/jpeg,image/png,image/webp" multiple fileList={fileList}
      beforeUpload={(file) => { void upload(file); return false; }}
      onRemove={(f) => { onChange?.(value.filter((fileId) => fileId !== f.uid)); return false; }}
      onPreview={(f) => f.url && window.open(f.url, '_blank')}>
      {value.length + busy < max && (
        <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
          <PlusOutlined />
          <div style={{ marginTop: 8 }}>上传图片</div>
        </button>
      )}
    </Upload>
  );
}
