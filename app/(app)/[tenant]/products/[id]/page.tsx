import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listProductGroups } from "@/lib/data/product-groups";
import { getProduct } from "@/lib/data/products";
import { hasPermission, requireTenantPage } from "@/lib/tenancy";
import { productRecordToValues } from "@/lib/validation/product-values";
import { ProductForm } from "../product-form";
import { ProductManagement } from "../product-management";
import { tenantPageMetadata } from "../../page-metadata";

export function generateMetadata({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  return tenantPageMetadata(params, "products.read", async (t, { tenant }) => {
    const product = await getProduct(await getDb(), tenant.id, (await params).id);
    return product ? t("products.editTitle", { number: product.number, name: product.name }) : t("products.title");
  });
}

export default async function ProductPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const context = await requireTenantPage(slug, "products.read");
  const t = await getTranslations("products");
  const db = await getDb();
  const [product, groups] = await Promise.all([
    getProduct(db, context.tenant.id, id),
    listProductGroups(db, context.tenant.id),
  ]);
  if (!product) notFound();
  const canWrite = hasPermission(context.role, "products.write");

  return (
    <div className="space-y-4">
      <Link href={`/${slug}/products`} className="text-sm text-crust-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("editTitle", { number: product.number, name: product.name })}</h1>
      <ProductForm
        key={product.updatedAt.toISOString()}
        slug={slug}
        productId={product.id}
        initial={productRecordToValues(product)}
        groups={groups}
        canWrite={canWrite}
      />
      {canWrite ? (
        <ProductManagement slug={slug} productId={product.id} number={product.number} name={product.name} />
      ) : null}
    </div>
  );
}
