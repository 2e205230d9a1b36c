import type { Resource } from '../../../src/model/resource.js';
import type { IamInlinePolicy } from '../../../src/model/types/aws/index.js';
import type { TfResource } from '../model.js';
import { readerOf } from '../reader.js';
import { aws, policyOf } from './aws-common.js';
import { iacResource, type MapContext } from './context.js';

/** IAM roles and customer-managed policies, ACM certificates, SSM documents and Access Analyzer analyzers. */

const POLICY_TYPES = ['aws_iam_policy'];

function iamPolicy(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.iam.policy',
    name: v.str('name') ?? r.address,
    // Attachments elsewhere in the account are not in the configuration.
    config: { document: policyOf(v.str('policy')) ?? undefined, attachmentCount: undefined },
  });
}

/**
 * A role with its attachments (aws_iam_role_policy_attachment, referring to an aws_iam_policy of
 * the input by its phiscan id) and inline policies (aws_iam_role_policy, or inline_policy blocks).
 */
function iamRole(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const keys = ['name', 'id'];
  const attachments = ctx.children(r, 'aws_iam_role_policy_attachment', 'role', keys);
  const inlineResources = ctx.children(r, 'aws_iam_role_policy', 'role', keys);
  const attached = attachments.map((a) => ctx.idOrRef(a, 'policy_arn', POLICY_TYPES) ?? ctx.id(a));
  const managed = v.strings('managed_policy_arns');
  const blocks = v.blocks('inline_policy');
  const inline: IamInlinePolicy[] = [
    ...inlineResources.map((p) => ({ name: readerOf(p).str('name') ?? p.address, document: policyOf(readerOf(p).str('policy')) ?? undefined })),
    ...(blocks ?? []).filter((b) => b.str('policy') !== null).map((b) => ({ name: b.str('name') ?? 'inline', document: policyOf(b.str('policy')) ?? undefined })),
  ];
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...attachments, ...inlineResources] }),
    type: 'aws.iam.role',
    name: v.str('name') ?? r.address,
    config: {
      serviceLinked: false,
      attachedPolicyArns: managed === undefined || blocks === undefined ? undefined : [...new Set([...attached, ...managed])].sort(),
      inlinePolicies: blocks === undefined ? undefined : inline.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      trustPolicy: policyOf(v.str('assume_role_policy')) ?? undefined,
    },
  });
}

function acmCertificate(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  // Importing (private_key) or issuing from a private CA decides the type; a requested certificate defaults to RSA_2048.
  const imported = v.raw('private_key') !== undefined && v.raw('private_key') !== null;
  const privateCa = v.raw('certificate_authority_arn') !== undefined && v.raw('certificate_authority_arn') !== null;
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.acm.certificate',
    name: v.str('domain_name') ?? r.address,
    config: {
      status: undefined, certificateType: imported ? 'IMPORTED' : privateCa ? 'PRIVATE' : 'AMAZON_ISSUED',
      keyAlgorithm: imported ? undefined : (v.str('key_algorithm', 'RSA_2048') ?? undefined),
      notAfter: undefined, inUse: undefined, renewalEligibility: undefined,
    },
  });
}

function ssmDocument(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const perms = v.map('permissions');
  const ids = perms === undefined ? undefined : perms.type === 'Share' && perms.account_ids ? perms.account_ids.split(',').map((x) => x.trim()).filter(Boolean).sort() : [];
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.ssm.document',
    name: v.str('name') ?? r.address,
    config: { documentType: v.str('document_type', 'Command') ?? undefined, sharedWith: ids },
  });
}

/** A declared analyzer: the region's Access Analyzer resource, holding the analyzers the configuration declares there (others may exist). */
function accessAnalyzer(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const type = v.str('type', 'ACCOUNT');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.iam.access-analyzer',
    name: v.str('analyzer_name') ?? r.address,
    config: { analyzers: type === undefined || type === null ? undefined : [{ arn: ctx.id(r), type, status: null }] },
  });
}

export const AWS_IDENTITY_MAPPERS = {
  aws_iam_policy: iamPolicy,
  aws_iam_role: iamRole,
  aws_acm_certificate: acmCertificate,
  aws_ssm_document: ssmDocument,
  aws_accessanalyzer_analyzer: accessAnalyzer,
};

export const AWS_IDENTITY_JOINED: Readonly<Record<string, string>> = {
  aws_iam_role_policy_attachment: 'aws_iam_role',
  aws_iam_role_policy: 'aws_iam_role',
};
