import config from '@payload-config'
import { getPayload } from 'payload'
import { handlePreview } from '../../../../../preview/handler'

// Always per request: a preview shows the draft as it is now, to whoever is signed in.
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ collection: string; id: string }> }) {
  return handlePreview(request, await getPayload({ config }), await params)
}
