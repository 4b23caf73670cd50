import { kafkaSecurityOf, type KafkaSecurityEnv } from './kafka-security';

const plain: KafkaSecurityEnv = { KAFKA_SSL: false };

describe('kafkaSecurityOf', () => {
  it('is plaintext and anonymous by default (the local broker)', () => {
    expect(kafkaSecurityOf(plain)).toEqual({});
  });

  it('uses TLS with the system CAs when KAFKA_SSL is set without a CA file', () => {
    expect(kafkaSecurityOf({ KAFKA_SSL: true })).toEqual({ ssl: true });
  });

  it('trusts the CA file, read at boot, and implies TLS', () => {
    const pem = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const read = jest.fn().mockReturnValue(pem);
    expect(kafkaSecurityOf({ KAFKA_SSL: false, KAFKA_SSL_CA_FILE: '/etc/kafka-ca/ca.crt' }, read)).toEqual({ ssl: { ca: [pem] } });
    expect(read).toHaveBeenCalledWith('/etc/kafka-ca/ca.crt');
  });

  it('fails the boot naming the variable when the CA file cannot be read', () => {
    const read = (): Buffer => {
      throw new Error('ENOENT: no such file');
    };
    expect(() => kafkaSecurityOf({ KAFKA_SSL: true, KAFKA_SSL_CA_FILE: '/missing.crt' }, read)).toThrow('KAFKA_SSL_CA_FILE (/missing.crt) cannot be read: ENOENT');
  });

  it('logs in with SCRAM as the service’s Kafka user', () => {
    const env: KafkaSecurityEnv = { KAFKA_SSL: true, KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'tc-orders', KAFKA_SASL_PASSWORD: 's3cret-from-the-kafkauser' };
    expect(kafkaSecurityOf(env)).toEqual({ ssl: true, sasl: { mechanism: 'scram-sha-512', username: 'tc-orders', password: 's3cret-from-the-kafkauser' } });
  });

  it('refuses a mechanism without its credentials', () => {
    expect(() => kafkaSecurityOf({ KAFKA_SSL: false, KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'tc-orders' })).toThrow('KAFKA_SASL_MECHANISM needs');
  });
});
