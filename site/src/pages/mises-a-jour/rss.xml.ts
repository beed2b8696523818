import type { APIRoute } from 'astro'
import { updatesFeedResponse } from '../../lib/feed'

export const GET: APIRoute = () => updatesFeedResponse('fr')
