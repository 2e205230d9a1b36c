import { describe, expect, it } from 'vitest';
import { AWS_CHECKS } from '../../../checks/aws/index.js';
import { runEngine } from '../../../src/engine/run.js';
import { startAwsDemo } from '../../../src/simulator/aws/demo.js';

describe('startAwsDemo', () => {
  it('scans the demo account over the simulator with failures in encryption, MFA, segmentation and backup separation', async () => {
    const demo = await startAwsDemo();
    try {
      expect(demo.input).toEqual({ kind: 'aws', scope: ['account:111122223333', 'us-east-1'] });
      const result = await runEngine(demo.collector.collect({ log: () => undefined }), AWS_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
      // Every service the checks read is collected: no gaps.
      expect(result.gaps).toEqual([]);
      expect(demo.collector.identities?.()).toEqual(['arn:aws:iam::111122223333:user/phiscan']);
      const failing = (req: string) => result.findings.filter((f) => f.status === 'fail' && (f.requirements as readonly string[]).includes(req)).map((f) => f.checkId);
      expect(failing('encryption-at-rest')).toContain('aws-ec2-volume-encrypted');
      expect(failing('mfa')).toContain('aws-iam-user-console-mfa');
      expect(failing('network-segmentation')).toContain('aws-ec2-sg-no-public-admin-ports');
      // Segmentation by reachability: the reporting host (no ePHI) reaches the ePHI database on every port through a group reference.
      const flat = result.findings.find((f) => f.checkId === 'aws-ec2-ephi-network-segmented' && f.resource.id === 'arn:aws:rds:us-east-1:111122223333:db:ehr-db');
      expect(flat?.status).toBe('fail');
      expect(flat?.message).toContain('non-ePHI workload reporting-batch reaches it on all traffic');
      expect(result.findings.find((f) => f.checkId === 'aws-ec2-ephi-network-segmented' && f.resource.id.endsWith('instance/i-0demo1'))?.status).toBe('pass');
      expect(failing('backup-separation')).toContain('aws-backup-plan-copies-offsite');
      // The hostile tag survives as data (reporters escape it).
      expect(result.resources.find((r) => r.id === 'arn:aws:s3:::web-assets')?.tags).toEqual({ note: '<img src=x onerror=alert(1)>' });
      expect(result.findings.filter((f) => f.status === 'pass').length).toBeGreaterThan(20);
      // DynamoDB, EFS and CloudFront: one compliant and one non-compliant of each, every check assessed.
      const statusOf = (checkId: string): Record<string, string> => Object.fromEntries(result.findings.filter((f) => f.checkId === checkId).map((f) => [f.resource.id.split(/[/:]/).pop() ?? '', f.status]));
      for (const id of ['aws-dynamodb-table-customer-managed-key', 'aws-dynamodb-table-point-in-time-recovery', 'aws-dynamodb-table-deletion-protection']) {
        expect(statusOf(id), id).toEqual({ 'patient-records': 'pass', 'appointment-cache': 'fail' });
      }
      for (const id of ['aws-efs-file-system-encrypted', 'aws-efs-file-system-backups-enabled']) expect(statusOf(id), id).toEqual({ 'fs-0demo1': 'pass', 'fs-0demo2': 'fail' });
      for (const id of ['aws-cloudfront-distribution-https-viewers', 'aws-cloudfront-distribution-https-origins', 'aws-cloudfront-distribution-modern-tls']) {
        expect(statusOf(id), id).toEqual({ E1DEMOPORTAL: 'pass', E2DEMOLEGACY: 'fail' });
      }
      const covered = statusOf('aws-backup-ephi-resource-covered');
      expect([covered['patient-records'], covered['appointment-cache'], covered['fs-0demo1'], covered['fs-0demo2']]).toEqual(['pass', 'fail', 'pass', 'fail']);
    } finally {
      await demo.close();
    }
  });
});
