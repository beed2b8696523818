import { WorkflowPanelField as WorkflowPanelField_b3af1863e6a8dd15dfb57ca581a79344 } from '../../../workflow/admin/WorkflowPanelField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewerPicker as ReviewerPicker_5c0d78212d46618a352bc3b9d1273c71 } from '../../../workflow/queues/admin/ReviewerPicker'
import { ReadersField as ReadersField_6ea3beccbd0fac4a97cec10fa746d544 } from '../../../insights/admin/ReadersField'
import { NoButton as NoButton_882f02bc6186e5fe9e04daea50df609b } from '../../../workflow/admin/NoButton'
import { PublicationStatus as PublicationStatus_96a318e6571cd0ffc40a6196d4483644 } from '../../../workflow/admin/PublicationStatus'
import { ChangesView as ChangesView_7be5f56a442d06598ca0d6f10f6ab5dc } from '../../../workflow/changes/admin/ChangesView'
import { VersionsList as VersionsList_9d90fe0bf85e2dfca87cca099f0e6a2a } from '../../../workflow/changes/admin/VersionsList'
import { PpneImport as PpneImport_a84b0deb6907e6ef4c6e117579baea33 } from '../../../ppne/admin/PpneImport'
import { PrefillFromSearch as PrefillFromSearch_e620e397a350004311e1330d7ba6d297 } from '../../../insights/admin/PrefillFromSearch'
import { BuildStatusCell as BuildStatusCell_b2b0a8843112963fcc3e383593e1c24f } from '../../../publishing/admin/buildCells'
import { BuildStatusField as BuildStatusField_b2b0a8843112963fcc3e383593e1c24f } from '../../../publishing/admin/buildCells'
import { SecondsCell as SecondsCell_b2b0a8843112963fcc3e383593e1c24f } from '../../../publishing/admin/buildCells'
import { SecondsField as SecondsField_b2b0a8843112963fcc3e383593e1c24f } from '../../../publishing/admin/buildCells'
import { CountCell as CountCell_b2b0a8843112963fcc3e383593e1c24f } from '../../../publishing/admin/buildCells'
import { RollbackButton as RollbackButton_408620ffdc2173a5c714dfc37448c804 } from '../../../publishing/admin/RollbackButton'
import { RebuildButton as RebuildButton_ca3e7917533629eddbb443802bb69c89 } from '../../../publishing/admin/RebuildButton'
import { ReviewDueNavLink as ReviewDueNavLink_3c20839e6561536f584179e701cf6716 } from '../../../workflow/admin/ReviewDueNavLink'
import { InsightsNavLink as InsightsNavLink_5d1360a947f0862b2a30dbf78c9fc69f } from '../../../insights/admin/InsightsNavLink'
import { HealthNavLink as HealthNavLink_285b19b8c2b3bcbbb3c2e1d999af8b2b } from '../../../health/admin/HealthNavLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { WorkQueuesView as WorkQueuesView_af82e0fc1e53283bd19c95f77cdf15b5 } from '../../../workflow/queues/admin/WorkQueuesView'
import { ReviewDueView as ReviewDueView_e2b5322c2e3e87d5c47350a153947bc7 } from '../../../workflow/admin/ReviewDueView'
import { InsightsView as InsightsView_896010ebef5336ddbb5ecbcd4db7b62e } from '../../../insights/admin/InsightsView'
import { HealthView as HealthView_baf9f89c49595f3b09186678ccc9a5f5 } from '../../../health/admin/HealthView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/workflow/admin/WorkflowPanelField#WorkflowPanelField": WorkflowPanelField_b3af1863e6a8dd15dfb57ca581a79344,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/workflow/queues/admin/ReviewerPicker#ReviewerPicker": ReviewerPicker_5c0d78212d46618a352bc3b9d1273c71,
  "/insights/admin/ReadersField#ReadersField": ReadersField_6ea3beccbd0fac4a97cec10fa746d544,
  "/workflow/admin/NoButton#NoButton": NoButton_882f02bc6186e5fe9e04daea50df609b,
  "/workflow/admin/PublicationStatus#PublicationStatus": PublicationStatus_96a318e6571cd0ffc40a6196d4483644,
  "/workflow/changes/admin/ChangesView#ChangesView": ChangesView_7be5f56a442d06598ca0d6f10f6ab5dc,
  "/workflow/changes/admin/VersionsList#VersionsList": VersionsList_9d90fe0bf85e2dfca87cca099f0e6a2a,
  "/ppne/admin/PpneImport#PpneImport": PpneImport_a84b0deb6907e6ef4c6e117579baea33,
  "/insights/admin/PrefillFromSearch#PrefillFromSearch": PrefillFromSearch_e620e397a350004311e1330d7ba6d297,
  "/publishing/admin/buildCells#BuildStatusCell": BuildStatusCell_b2b0a8843112963fcc3e383593e1c24f,
  "/publishing/admin/buildCells#BuildStatusField": BuildStatusField_b2b0a8843112963fcc3e383593e1c24f,
  "/publishing/admin/buildCells#SecondsCell": SecondsCell_b2b0a8843112963fcc3e383593e1c24f,
  "/publishing/admin/buildCells#SecondsField": SecondsField_b2b0a8843112963fcc3e383593e1c24f,
  "/publishing/admin/buildCells#CountCell": CountCell_b2b0a8843112963fcc3e383593e1c24f,
  "/publishing/admin/RollbackButton#RollbackButton": RollbackButton_408620ffdc2173a5c714dfc37448c804,
  "/publishing/admin/RebuildButton#RebuildButton": RebuildButton_ca3e7917533629eddbb443802bb69c89,
  "/workflow/admin/ReviewDueNavLink#ReviewDueNavLink": ReviewDueNavLink_3c20839e6561536f584179e701cf6716,
  "/insights/admin/InsightsNavLink#InsightsNavLink": InsightsNavLink_5d1360a947f0862b2a30dbf78c9fc69f,
  "/health/admin/HealthNavLink#HealthNavLink": HealthNavLink_285b19b8c2b3bcbbb3c2e1d999af8b2b,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/workflow/queues/admin/WorkQueuesView#WorkQueuesView": WorkQueuesView_af82e0fc1e53283bd19c95f77cdf15b5,
  "/workflow/admin/ReviewDueView#ReviewDueView": ReviewDueView_e2b5322c2e3e87d5c47350a153947bc7,
  "/insights/admin/InsightsView#InsightsView": InsightsView_896010ebef5336ddbb5ecbcd4db7b62e,
  "/health/admin/HealthView#HealthView": HealthView_baf9f89c49595f3b09186678ccc9a5f5,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
