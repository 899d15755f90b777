/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.broker;

import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.client.parameter.ClientTlsInformation;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import io.twinchain.twin.ingest.Topics;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.InvalidIdentifierException;
import io.twinchain.twin.registry.DeviceRegistration;
import io.twinchain.twin.registry.PasswordHash;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Authenticates broker clients against the device registry: a device by its password (username =
 * device id) or by a TLS client certificate whose subject CN is registered for it; a device may
 * then publish only its own {@code telemetry} and {@code attributes} and subscribe only to its own
 * topics. The service account gets every topic. Anyone else is refused at CONNECT.
 */
final class DeviceAuthenticator implements SimpleAuthenticator {

  private final BrokerAccess access;

  DeviceAuthenticator(final BrokerAccess access) {
    this.access = access;
  }

  @Override
  public void onConnect(final SimpleAuthInput input, final SimpleAuthOutput output) {
    final Optional<String> username = input.getConnectPacket().getUserName();
    final byte[] password =
        input.getConnectPacket().getPassword().map(DeviceAuthenticator::bytes).orElse(new byte[0]);
    if (username.equals(Optional.of(access.service().username()))
        && PasswordHash.matches(access.service().passwordHash(), password)) {
      output.authenticateSuccessfully();
      return;
    }
    final Optional<DeviceRegistration> device =
        certificateDevice(input.getConnectionInformation().getClientTlsInformation())
            .or(() -> passwordDevice(username, password));
    if (device.isEmpty()) {
      output.failAuthentication(
          ConnackReasonCode.NOT_AUTHORIZED, "unknown device or wrong credentials");
      return;
    }
    final DeviceRegistration registration = device.get();
    final String own = Topics.ROOT + "/" + registration.gatewayId() + "/" + registration.deviceId();
    output
        .getDefaultPermissions()
        .add(permission(own + "/telemetry", TopicPermission.MqttActivity.PUBLISH));
    output
        .getDefaultPermissions()
        .add(permission(own + "/attributes", TopicPermission.MqttActivity.PUBLISH));
    output
        .getDefaultPermissions()
        .add(permission(own + "/+", TopicPermission.MqttActivity.SUBSCRIBE));
    output.getDefaultPermissions().setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
    output.authenticateSuccessfully();
  }

  private Optional<DeviceRegistration> passwordDevice(
      final Optional<String> username, final byte[] password) {
    return username
        .flatMap(this::registration)
        .filter(r -> r.credentials().map(c -> c.acceptsPassword(password)).orElse(false));
  }

  private Optional<DeviceRegistration> certificateDevice(final Optional<ClientTlsInformation> tls) {
    return tls.flatMap(ClientTlsInformation::getClientCertificate)
        .flatMap(DeviceAuthenticator::commonName)
        .flatMap(
            cn ->
                registration(cn)
                    .filter(
                        r ->
                            r.credentials()
                                .flatMap(c -> c.certificateCommonName())
                                .equals(Optional.of(cn))));
  }

  private Optional<DeviceRegistration> registration(final String deviceId) {
    try {
      return access.registry().find(new DeviceId(deviceId));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  private static TopicPermission permission(
      final String filter, final TopicPermission.MqttActivity activity) {
    return Builders.topicPermission()
        .topicFilter(filter)
        .type(TopicPermission.PermissionType.ALLOW)
        .activity(activity)
        .build();
  }

  private static Optional<String> commonName(final X509Certificate certificate) {
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return Optional.of(rdn.getValue().toString());
        }
      }
      return Optional.empty();
    } catch (InvalidNameException e) {
      return Optional.empty();
    }
  }

  private static byte[] bytes(final ByteBuffer buffer) {
    final byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
