import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Divider, Form, Result, Space, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { AdmissionBanner } from '../profile/AdmissionBanner';
import { applyNestedFieldErrors } from '../shared/formErrors';
import { allowedActions } from './actions';
import { useCreateProduct, useProduct, useUpdateProduct, type ManagedProduct } from './api';
import { ProductFields } from './ProductFields';
import { changedContent, contentFromProduct, emptySku, toCreateBody, type ContentValues, type ProductValues } from './productForm';
import { SkuFields } from './SkuFields';

/** `skus.0.priceFen` in the API is `skus.0.priceYuan` in the form. */
const priceRename = (errors: Record<string, string>) =>
  Object.fromEntries(Object.keys(errors).filter((f) => f.endsWith('.priceFen')).map((f) => [f, f.replace(/priceFen$/, 'priceYuan')]));

/** 新建商品: content and at least one SKU; certificates follow on the product's page. */
export function CreateProductPage() {
  const [form] = Form.useForm<ProductValues>();
  const create = useCreateProduct();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const onFinish = (v: ProductValues) =>
    create.mutate(toCreateBody(v), {
      onSuccess: (p) => {
        message.success('商品草稿已保存，请上传消费帮扶产品认定证书后提交审核');
        navigate(`/supplier/products/${p.id}`, { replace: true });
      },
      onError: (err) => {
        message.error(errorMessage(err));
        const errors = fieldErrors(err);
        applyNestedFieldErrors(form, errors, priceRename(errors));
      },
    });

  return (
    <>
      <AdmissionBanner />
      <Card title="新建商品" extra={<Button onClick={() => navigate('/supplier/products')}>返回列表</Button>}>
        {create.isError && <Alert type="error" showIcon title={errorMessage(create.error)} style={{ marginBottom: 16 }} />}
        <Form form={form} name="createProduct" layout="vertical" onFinish={onFinish} scrollToFirstError
          initialValues={{ category: 'FRUIT', storage: 'ROOM', coldChain: false, images: [], saleMonths: [], skus: [emptySku] }}>
          <ProductFields />
          <Divider titlePlacement="start">规格与价格</Divider>
          <Form.List name="skus">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <div key={f.key} style={{ display: 'flex', gap: 8 }}>
                    <div style={{ flex: 1 }}><SkuFields prefix={[f.name]} /></div>
                    {fields.length > 1 && <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(f.name)} aria-label="删除规格" />}
                  </div>
                ))}
                {fields.length < 20 && <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptySku)} style={{ marginBottom: 24 }}>添加规格</Button>}
              </>
            )}
          </Form.List>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>保存草稿</Button>
            <Button onClick={() => navigate('/supplier/products')}>取消</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}

/** 编辑商品: content only (SKUs, stock and certificates are edited on the product's page). */
export function EditProductPage() {
  const { id = '' } = useParams();
  const product = useProduct(id);
  if (product.isPending) return <Spin />;
  if (product.isError) return <Result status="error" title="加载失败" subTitle={errorMessage(product.error)} />;
  return <EditProductForm product={product.data} />;
}

function EditProductForm({ product }: { product: ManagedProduct }) {
  const [form] = Form.useForm<ContentValues>();
  const update = useUpdateProduct();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const initial = contentFromProduct(product);
  const actions = allowedActions(product, undefined, '');
  const back = () => navigate(`/supplier/products/${product.id}`);

  const onFinish = (v: ContentValues) => {
    const body = changedContent(initial, v);
    if (!Object.keys(body).length) return void message.info('没有修改');
    update.mutate({ id: product.id, body }, {
      onSuccess: () => {
        message.success(actions.editsNeedReview ? '修改已提交审核，审核通过前商城仍显示原内容' : '已保存');
        back();
      },
      onError: (err) => {
        message.error(errorMessage(err));
        applyNestedFieldErrors(form, fieldErrors(err));
      },
    });
  };

  if (!actions.edit) return <Result status="info" title="商品正在审核中" subTitle="审核结束后才能修改" extra={<Button onClick={back}>返回商品</Button>} />;
  return (
    <Card title={`编辑商品：${product.name}`} extra={<Button onClick={back}>返回商品</Button>}>
      {actions.editsNeedReview && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="该商品已审核通过：修改将提交平台审核，审核通过前商城仍显示原内容" />
      )}
      {update.isError && <Alert type="error" showIcon title={errorMessage(update.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} name="editProduct" layout="vertical" initialValues={initial} onFinish={onFinish} scrollToFirstError>
        <ProductFields />
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending}>{actions.editsNeedReview ? '提交修改审核' : '保存'}</Button>
          <Button onClick={back}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
