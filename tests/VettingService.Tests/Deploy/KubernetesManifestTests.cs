using Vetting.Data;
using Vetting.Service.Health;

namespace VettingService.Tests.Deploy;

/// <summary>The Kubernetes manifests: probes on the health paths, migration Job, settings and secrets the code reads, data volume.</summary>
public sealed class KubernetesManifestTests
{
    private static readonly string[] Probes = ["livenessProbe", "startupProbe", "readinessProbe"];

    private static object Manifest(string file) => Yaml.Load(DeployFiles.Path(Path.Combine("kubernetes", file)));

    private static object Container(string file) => Manifest(file).At("spec", "template", "spec", "containers", "0");

    [Fact]
    public void Deployment_Probes_LiveAndReadyPathsOnTheServicePort()
    {
        var container = Container("deployment.yaml");

        Assert.Equal(["--urls", DeployFiles.ContainerUrls], container.Texts("args"));
        Assert.Equal("http", container.Text("ports", "0", "name"));
        Assert.Equal(DeployFiles.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture), container.Text("ports", "0", "containerPort"));
        Assert.Equal(HealthEndpoints.LivePath, container.Text("livenessProbe", "httpGet", "path"));
        Assert.Equal(HealthEndpoints.LivePath, container.Text("startupProbe", "httpGet", "path"));
        Assert.Equal(HealthEndpoints.ReadyPath, container.Text("readinessProbe", "httpGet", "path"));
        Assert.All(Probes, p => Assert.Equal("http", container.Text(p, "httpGet", "port")));
    }

    [Fact]
    public void Deployment_TwoReplicasOnASharedServerDatabaseWithTheSharedDataVolume()
    {
        var deployment = Manifest("deployment.yaml");
        var config = Manifest("configmap.yaml").Strings("data");

        Assert.Equal("2", deployment.Text("spec", "replicas"));
        Assert.Equal("0", deployment.Text("spec", "strategy", "rollingUpdate", "maxUnavailable"));
        Assert.NotEqual(nameof(DatabaseProvider.Sqlite), config["Vetting__Database__Provider"]);
        var mount = deployment.Map("spec", "template", "spec", "containers", "0").List("volumeMounts")
            .Single(m => m.Text("mountPath") == config["VETTING_DATA_DIR"]);
        var volume = deployment.List("spec", "template", "spec", "volumes").Single(v => v.Text("name") == mount.Text("name"));
        var claim = Manifest("pvc.yaml");
        Assert.Equal(claim.Text("metadata", "name"), volume.Text("persistentVolumeClaim", "claimName"));
        Assert.Equal(["ReadWriteMany"], claim.Texts("spec", "accessModes"));
        Assert.Equal(DeployFiles.DataDirectory, config["VETTING_DATA_DIR"]);
    }

    [Fact]
    public void Pods_RunAsNonRootWithoutPrivilegeEscalation()
    {
        foreach (var file in new[] { "deployment.yaml", "migration-job.yaml" })
        {
            var pod = Manifest(file).Map("spec", "template", "spec");
            Assert.Equal("true", pod.Text("securityContext", "runAsNonRoot"));
            Assert.NotEqual("0", pod.Text("securityContext", "runAsUser"));
            Assert.Equal("false", pod.Text("containers", "0", "securityContext", "allowPrivilegeEscalation"));
        }
    }

    [Fact]
    public void MigrationJob_RunsTheMigrateVerbWithTheServicesImageAndSettings()
    {
        var job = Container("migration-job.yaml");
        var service = Container("deployment.yaml");

        Assert.Equal("Job", Manifest("migration-job.yaml").Text("kind"));
        Assert.Equal(["migrate"], job.Texts("args"));
        Assert.Equal(service.Text("image"), job.Text("image"));
        Assert.Equal(EnvironmentSources(service), EnvironmentSources(job));
        Assert.Equal("Never", Manifest("migration-job.yaml").Text("spec", "template", "spec", "restartPolicy"));
    }

    [Fact]
    public void ConfigMapAndSecret_EveryKey_IsASettingTheCodeReads()
    {
        var settings = Manifest("configmap.yaml").Strings("data").Concat(Manifest("secret.yaml").Strings("stringData"));

        Assert.Empty(settings.Select(e => ConfigurationKeys.Problem(e.Key, e.Value)).OfType<string>());
    }

    [Fact]
    public void Secret_Template_HoldsPlaceholdersOnlyAndEveryConnectorSecret()
    {
        var secret = Manifest("secret.yaml").Strings("stringData");

        Assert.All(secret.Values, v => Assert.Matches("^<[^<>]+>$", v));
        Assert.Contains("Vetting__Database__ConnectionString", secret.Keys);
        Assert.Contains("Connectors__Zoom__Accounts__osce__ClientSecret", secret.Keys);
        Assert.Contains("Connectors__Zoom__Accounts__osce__WebhookSecretToken", secret.Keys);
        Assert.Contains("Connectors__MicrosoftGraph__Tenants__un__ClientSecret", secret.Keys);
        Assert.DoesNotContain(Manifest("configmap.yaml").Strings("data").Keys,
            k => k.EndsWith("Secret", StringComparison.Ordinal) || k.EndsWith("Password", StringComparison.Ordinal) || k.EndsWith("ConnectionString", StringComparison.Ordinal));
    }

    [Fact]
    public void Service_SelectsTheDeploymentsPodsOnItsNamedPort()
    {
        var selector = Manifest("service.yaml").Strings("spec", "selector");
        var labels = Manifest("deployment.yaml").Strings("spec", "template", "metadata", "labels");

        Assert.All(selector, s => Assert.Equal(s.Value, labels[s.Key]));
        Assert.Equal("http", Manifest("service.yaml").Text("spec", "ports", "0", "targetPort"));
    }

    [Fact]
    public void Kustomization_ListsEveryManifest()
    {
        var folder = Path.GetDirectoryName(DeployFiles.Path("kubernetes/kustomization.yaml"))!;
        var files = Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileName).Where(f => f != "kustomization.yaml").Order(StringComparer.Ordinal);

        Assert.Equal(files, Manifest("kustomization.yaml").Texts("resources").Order(StringComparer.Ordinal));
    }

    private static List<string> EnvironmentSources(object container) =>
        container.List("envFrom").Select(e => e is IDictionary<object, object> map && map.ContainsKey("configMapRef")
            ? "configMap/" + e.Text("configMapRef", "name")
            : "secret/" + e.Text("secretRef", "name")).ToList();
}
