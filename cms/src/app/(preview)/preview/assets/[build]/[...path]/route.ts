import config from '@payload-config'
import { getPayload } from 'payload'
import { handlePreviewAsset } from '../../../../../../preview/handler'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ build: string; path: string[] }> }) {
  return handlePreviewAsset(request, await getPayload({ config }), await params)
}
