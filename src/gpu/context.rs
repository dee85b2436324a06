//! Instance, adapter choice, device with the adapter's own limits, and error capture.

use std::sync::{Arc, Mutex};

use super::pipeline::{Caught, KernelCache, scoped};
use crate::error::{Error, Result};

/// Which graphics API to look for adapters on (`--backend`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Backend {
    /// Every backend this build supports.
    #[default]
    Auto,
    Vulkan,
    Metal,
    Dx12,
    Gl,
}

impl Backend {
    fn backends(self) -> wgpu::Backends {
        match self {
            Backend::Auto => wgpu::Backends::all(),
            Backend::Vulkan => wgpu::Backends::VULKAN,
            Backend::Metal => wgpu::Backends::METAL,
            Backend::Dx12 => wgpu::Backends::DX12,
            Backend::Gl => wgpu::Backends::GL,
        }
    }

    /// The backend a `WGPU_BACKEND` value names: wgvae's names and the ones wgpu's own tools
    /// take (`vk`, `mtl`, `d3d12`, `gles`, `opengl`); one backend, not a list.
    fn from_environment(value: &str) -> Result<Backend> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" | "all" => Ok(Backend::Auto),
            "vulkan" | "vk" => Ok(Backend::Vulkan),
            "metal" | "mtl" => Ok(Backend::Metal),
            "dx12" | "d3d12" => Ok(Backend::Dx12),
            "gl" | "gles" | "opengl" => Ok(Backend::Gl),
            _ => Err(Error::Invalid(format!(
                "{BACKEND_VARIABLE}=\"{value}\": not a backend; one of vulkan, metal, dx12, gl or auto"
            ))),
        }
    }
}

/// The limits a device is opened with (`--limits`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum DeviceLimits {
    /// The adapter's own: the most it can do.
    #[default]
    Adapter,
    /// WebGPU's defaults (wgpu::Limits::default()), which every WebGPU implementation
    /// guarantees: 128 MiB storage bindings, 256 MiB buffers, 16 KiB of workgroup memory, 256
    /// invocations a workgroup, 8 storage buffers a stage. A run that works under them works
    /// in any browser and on any conformant adapter.
    Webgpu,
}

impl DeviceLimits {
    /// The choice a `WGVAE_LIMITS` value names, by the names `--limits` takes.
    fn from_environment(value: &str) -> Result<DeviceLimits> {
        <DeviceLimits as clap::ValueEnum>::from_str(value.trim(), true).map_err(|_| {
            Error::Invalid(format!("{LIMITS_VARIABLE}=\"{value}\": not a choice of limits; adapter or webgpu"))
        })
    }
}

/// Chooses the backend where `--backend` does not, for every command and the test suite, as
/// wgpu's own tools read it.
pub const BACKEND_VARIABLE: &str = "WGPU_BACKEND";
/// Chooses the adapter by a substring of its name where `--adapter` does not.
pub const ADAPTER_NAME_VARIABLE: &str = "WGPU_ADAPTER_NAME";
/// Chooses the device's limits where `--limits` does not (`adapter` or `webgpu`), for every
/// command and the test suite.
pub const LIMITS_VARIABLE: &str = "WGVAE_LIMITS";

/// How the user asked for an adapter: `--backend` and `--adapter SUBSTRING`, and where they
/// leave it open, `WGPU_BACKEND` and `WGPU_ADAPTER_NAME` (see [`with_environment`](Self::with_environment)).
#[derive(Clone, Debug, Default)]
pub struct AdapterRequest {
    pub backend: Backend,
    /// Case-insensitive substring of the adapter's name.
    pub name: Option<String>,
    /// A data-parallel rank's place among the ranks on its machine: where no name is asked
    /// for, the hardware adapters are dealt out round-robin by it (a software one where there
    /// is none).
    pub local_rank: Option<u32>,
    /// The limits the device is opened with.
    pub limits: DeviceLimits,
}

impl AdapterRequest {
    /// This request with what it leaves open (backend `auto`, no name) taken from
    /// `WGPU_BACKEND` and `WGPU_ADAPTER_NAME` where they are set and not empty; a backend
    /// the variable does not name is an error naming it.
    pub fn with_environment(&self) -> Result<AdapterRequest> {
        let variable = |name| std::env::var(name).ok().filter(|v: &String| !v.trim().is_empty());
        let mut request = self.clone();
        if request.backend == Backend::Auto
            && let Some(value) = variable(BACKEND_VARIABLE)
        {
            request.backend = Backend::from_environment(&value)?;
        }
        if request.name.is_none() {
            request.name = variable(ADAPTER_NAME_VARIABLE);
        }
        if request.limits == DeviceLimits::Adapter
            && let Some(value) = variable(LIMITS_VARIABLE)
        {
            request.limits = DeviceLimits::from_environment(&value)?;
        }
        Ok(request)
    }
}

/// One adapter as `wgvae adapters` shows it.
#[derive(Clone, Debug)]
pub struct AdapterEntry {
    pub index: usize,
    pub info: wgpu::AdapterInfo,
    /// Whether this is the adapter the request picks.
    pub picked: bool,
}

/// Hardware GPUs before virtual ones, before software rasterizers on the CPU.
fn preference(device_type: wgpu::DeviceType) -> u8 {
    match device_type {
        wgpu::DeviceType::DiscreteGpu => 0,
        wgpu::DeviceType::IntegratedGpu => 1,
        wgpu::DeviceType::VirtualGpu => 2,
        wgpu::DeviceType::Other => 3,
        wgpu::DeviceType::Cpu => 4,
    }
}

fn instance(backend: Backend) -> wgpu::Instance {
    let mut desc = wgpu::InstanceDescriptor::new_without_display_handle();
    desc.backends = backend.backends();
    wgpu::Instance::new(desc)
}

/// Every adapter on the requested backends (the environment's where the request leaves them
/// open), in enumeration order, with the picked one marked.
pub fn list_adapters(request: &AdapterRequest) -> Result<Vec<AdapterEntry>> {
    let request = &request.with_environment()?;
    let adapters = pollster::block_on(instance(request.backend).enumerate_adapters(request.backend.backends()));
    let infos: Vec<wgpu::AdapterInfo> = adapters.iter().map(|a| a.get_info()).collect();
    let picked = pick(&infos, request);
    Ok(infos
        .into_iter()
        .enumerate()
        .map(|(index, info)| AdapterEntry { index, info, picked: Some(index) == picked })
        .collect())
}

/// The index of the adapter to use: the most preferred device type among those whose name
/// contains the request's name, the first enumerated among equals; with no name and a local
/// rank, the rank's hardware adapter round-robin.
fn pick(infos: &[wgpu::AdapterInfo], request: &AdapterRequest) -> Option<usize> {
    if let (None, Some(local)) = (&request.name, request.local_rank) {
        let hardware: Vec<usize> =
            (0..infos.len()).filter(|&i| infos[i].device_type != wgpu::DeviceType::Cpu).collect();
        if !hardware.is_empty() {
            return Some(hardware[local as usize % hardware.len()]);
        }
    }
    let wanted = request.name.as_deref().map(str::to_lowercase);
    infos
        .iter()
        .enumerate()
        .filter(|(_, info)| wanted.as_ref().is_none_or(|w| info.name.to_lowercase().contains(w)))
        .min_by_key(|(i, info)| (preference(info.device_type), *i))
        .map(|(i, _)| i)
}

fn no_adapter_message(request: &AdapterRequest, seen: &[wgpu::AdapterInfo]) -> String {
    let mut msg = match &request.name {
        Some(name) if !seen.is_empty() => {
            let names: Vec<String> = seen.iter().map(|i| format!("\"{}\" ({:?})", i.name, i.backend)).collect();
            let from = if std::env::var(ADAPTER_NAME_VARIABLE).as_deref() == Ok(name) {
                format!(" ({ADAPTER_NAME_VARIABLE})")
            } else {
                String::new()
            };
            format!("no adapter's name contains \"{name}\"{from}; the adapters found are {}", names.join(", "))
        }
        _ => format!("no GPU adapter found on backend {:?}", request.backend),
    };
    let from_environment = std::env::var(BACKEND_VARIABLE).ok().and_then(|v| Backend::from_environment(&v).ok());
    if request.backend != Backend::Auto && from_environment == Some(request.backend) {
        msg.push_str(&format!(" ({BACKEND_VARIABLE})"));
    }
    if seen.is_empty() {
        msg.push_str(if cfg!(target_arch = "wasm32") {
            ": this browser offers no WebGPU adapter. WebGPU is in Chrome and Edge 113 or later, Safari 26 \
             and Firefox 141 or later on Windows; Chromium on Linux needs --enable-unsafe-webgpu"
        } else {
            ". With no GPU, install a software Vulkan driver: `apt-get install mesa-vulkan-drivers` on \
             Debian/Ubuntu (`dnf install mesa-vulkan-drivers` on Fedora), then run `wgvae adapters` again"
        });
    }
    msg
}

/// An open device on the chosen adapter, plus the caches that make launches cheap.
pub struct Gpu {
    pub adapter: wgpu::Adapter,
    pub device: wgpu::Device,
    pub queue: wgpu::Queue,
    pub info: wgpu::AdapterInfo,
    pub limits: wgpu::Limits,
    /// Whose limits those are: the adapter's, or WebGPU's defaults.
    pub limits_kind: DeviceLimits,
    pub features: wgpu::Features,
    pub(crate) kernels: KernelCache,
    /// Bound where a kernel's optional input is absent (a bias-less matmul); never read.
    pub(crate) placeholder: wgpu::Buffer,
    /// Errors that escaped every error scope (they would otherwise abort the process).
    uncaptured: Arc<Mutex<Option<String>>>,
    /// Why the device was lost (a driver reset, a removed GPU, `destroy`), once it is.
    lost: Arc<Mutex<Option<String>>>,
}

impl Gpu {
    /// Opens the adapter the request picks, with the adapter's own limits and the optional
    /// features wgvae can use (timestamp queries for `bench`, subgroups for the vec4 matmuls).
    /// What the request leaves open, the environment chooses ([`AdapterRequest::with_environment`]).
    /// Blocks on [`open`](Self::open): the native host's edge.
    pub fn new(request: &AdapterRequest) -> Result<Gpu> {
        pollster::block_on(Gpu::open(request))
    }

    /// Opens the adapter the request picks (see [`new`](Self::new)); on the web, where opening
    /// a device is a promise, the one way.
    pub async fn open(request: &AdapterRequest) -> Result<Gpu> {
        let request = &request.with_environment()?;
        let instance = instance(request.backend);
        let adapters = instance.enumerate_adapters(request.backend.backends()).await;
        let infos: Vec<wgpu::AdapterInfo> = adapters.iter().map(|a| a.get_info()).collect();
        let index = pick(&infos, request).ok_or_else(|| Error::NoAdapter(no_adapter_message(request, &infos)))?;
        let adapter = adapters.into_iter().nth(index).expect("picked index is in range");
        let info = adapter.get_info();
        if !adapter.get_downlevel_capabilities().flags.contains(wgpu::DownlevelFlags::COMPUTE_SHADERS) {
            return Err(Error::NoAdapter(format!(
                "adapter \"{}\" ({:?}) cannot run compute shaders; choose another with --backend or --adapter",
                info.name, info.backend
            )));
        }
        let optional = wgpu::Features::TIMESTAMP_QUERY
            | wgpu::Features::TIMESTAMP_QUERY_INSIDE_ENCODERS
            | wgpu::Features::TIMESTAMP_QUERY_INSIDE_PASSES
            | wgpu::Features::SUBGROUP;
        let features = adapter.features() & optional;
        let limits = match request.limits {
            DeviceLimits::Adapter => adapter.limits(),
            DeviceLimits::Webgpu => {
                let webgpu = wgpu::Limits::default();
                let mut short = vec![];
                webgpu.check_limits_with_fail_fn(&adapter.limits(), false, |name, want, has| {
                    short.push(format!("{name} {has} (WebGPU's {want})"))
                });
                if !short.is_empty() {
                    return Err(Error::NoAdapter(format!(
                        "adapter \"{}\" falls short of WebGPU's limits: {}",
                        info.name,
                        short.join(", ")
                    )));
                }
                webgpu
            }
        };
        let (device, queue) = adapter
            .request_device(&wgpu::DeviceDescriptor {
                label: Some("wgvae"),
                required_features: features,
                required_limits: limits.clone(),
                ..Default::default()
            })
            .await
            .map_err(|e| Error::Gpu(format!("could not open adapter \"{}\": {e}", info.name)))?;
        let uncaptured = Arc::new(Mutex::new(None::<String>));
        let sink = uncaptured.clone();
        let adapter_name = named(&info);
        device.on_uncaptured_error(Arc::new(move |e: wgpu::Error| {
            let mut slot = sink.lock().unwrap_or_else(|p| p.into_inner());
            slot.get_or_insert_with(|| match e {
                wgpu::Error::OutOfMemory { .. } => format!("out of GPU memory on {adapter_name}: {e}"),
                _ => e.to_string(),
            });
        }));
        let lost = Arc::new(Mutex::new(None::<String>));
        let (lost_sink, adapter_name) = (lost.clone(), named(&info));
        device.set_device_lost_callback(move |reason, message| {
            let mut slot = lost_sink.lock().unwrap_or_else(|p| p.into_inner());
            let message = if message.is_empty() { String::new() } else { format!(": {message}") };
            slot.get_or_insert_with(|| format!("the device on {adapter_name} was lost ({reason:?}{message})"));
        });
        let placeholder = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("placeholder"),
            size: 16,
            usage: wgpu::BufferUsages::STORAGE,
            mapped_at_creation: false,
        });
        Ok(Gpu {
            adapter,
            device,
            queue,
            info,
            limits,
            limits_kind: request.limits,
            features,
            kernels: KernelCache::default(),
            placeholder,
            uncaptured,
            lost,
        })
    }

    /// True for software adapters (lavapipe, WARP, SwiftShader): they want register-blocked
    /// kernels with no workgroup memory, where real GPUs want the opposite.
    pub fn is_cpu(&self) -> bool {
        self.info.device_type == wgpu::DeviceType::Cpu
    }

    /// The fewest and the most lanes a subgroup of this adapter has, where it has subgroups
    /// (what the vec4 matmuls' subgroup flavours need, src/kernels/matmul/vec4.rs).
    pub fn subgroup_sizes(&self) -> Option<(u32, u32)> {
        self.features
            .contains(wgpu::Features::SUBGROUP)
            .then_some((self.info.subgroup_min_size, self.info.subgroup_max_size))
    }

    /// A short description: name, backend, device type, driver; and WebGPU's limits where the
    /// device was opened with them.
    pub fn describe(&self) -> String {
        match self.limits_kind {
            DeviceLimits::Adapter => describe(&self.info),
            DeviceLimits::Webgpu => format!("{} with WebGPU's limits", describe(&self.info)),
        }
    }

    /// Runs `f` inside validation and out-of-memory error scopes and turns what they catch
    /// (or what escaped earlier scopes) into an error that names `what`.
    pub fn checked<T>(&self, what: &str, f: impl FnOnce() -> T) -> Result<T> {
        let (value, Caught { out_of_memory, invalid }) = scoped(&self.device, f);
        if let Some(e) = out_of_memory {
            return Err(Error::Gpu(format!("{what}: out of GPU memory on \"{}\": {e}", self.info.name)));
        }
        if let Some(e) = invalid {
            return Err(Error::Gpu(format!("{what}: {e}")));
        }
        self.take_uncaptured(what)?;
        Ok(value)
    }

    /// The first error that no error scope caught since the last call, if any, as an error that
    /// names `what`: how the per-step submit checks for errors without the cost of scopes.
    pub(crate) fn take_uncaptured(&self, what: &str) -> Result<()> {
        self.check_not_lost(what)?;
        let mut slot = self.uncaptured.lock().unwrap_or_else(|p| p.into_inner());
        match slot.take() {
            Some(e) => Err(Error::Gpu(format!("{what}: {e}"))),
            None => Ok(()),
        }
    }

    /// An error naming `what` once the device is lost: everything after that fails.
    fn check_not_lost(&self, what: &str) -> Result<()> {
        match self.lost.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            Some(lost) => Err(Error::Gpu(format!("{what}: {lost}"))),
            None => Ok(()),
        }
    }

    /// Blocks until the submission `index` has finished.
    pub fn wait_for(&self, index: wgpu::SubmissionIndex) -> Result<()> {
        self.device
            .poll(wgpu::PollType::Wait { submission_index: Some(index), timeout: None })
            .map_err(|e| Error::Gpu(format!("waiting for \"{}\": {e}", self.info.name)))?;
        self.check_not_lost("waiting for the GPU")
    }

    /// Resolves once the work submitted before this call has finished, without blocking the
    /// thread: natively after a poll that waits for it, on the web when the browser reports
    /// it. The report is asked for now, not when first awaited, so a page's loop can keep one
    /// of these per step queued and await the oldest (a bounded number of steps in flight).
    pub fn work_done(&self) -> impl Future<Output = Result<()>> + '_ {
        let (done, finished) = futures_channel::oneshot::channel();
        self.queue.on_submitted_work_done(move || {
            let _ = done.send(());
        });
        async move {
            self.wait()?;
            finished.await.map_err(|_| Error::Gpu("the queue never reported its work done".into()))?;
            self.check_not_lost("waiting for the GPU")
        }
    }

    /// Why the device was lost, once it is (a page shows this; natively every call after it
    /// fails with it).
    pub fn lost_reason(&self) -> Option<String> {
        self.lost.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Blocks until the queue is idle.
    pub fn wait(&self) -> Result<()> {
        self.device
            .poll(wgpu::PollType::wait_indefinitely())
            .map_err(|e| Error::Gpu(format!("waiting for \"{}\": {e}", self.info.name)))?;
        self.check_not_lost("waiting for the GPU")
    }
}

/// The adapter as messages name it: its name in quotes, or what it is where a browser keeps the
/// name to itself.
fn named(info: &wgpu::AdapterInfo) -> String {
    match info.name.is_empty() {
        true => "the browser's unnamed adapter".to_string(),
        false => format!("\"{}\"", info.name),
    }
}

pub fn describe(info: &wgpu::AdapterInfo) -> String {
    let driver = match (info.driver.is_empty(), info.driver_info.is_empty()) {
        (false, false) => format!("{} {}", info.driver, info.driver_info),
        (false, true) => info.driver.clone(),
        (true, false) => info.driver_info.clone(),
        (true, true) => "unknown driver".to_string(),
    };
    // Browsers keep the adapter's name to themselves.
    let name = if info.name.is_empty() { "an unnamed adapter" } else { &info.name };
    format!("{name} ({:?}, {:?}, {driver})", info.backend, info.device_type)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(name: &str, device_type: wgpu::DeviceType) -> wgpu::AdapterInfo {
        wgpu::AdapterInfo {
            name: name.into(),
            vendor: 0,
            device: 0,
            device_type,
            device_pci_bus_id: String::new(),
            driver: String::new(),
            driver_info: String::new(),
            backend: wgpu::Backend::Vulkan,
            subgroup_min_size: 8,
            subgroup_max_size: 8,
            transient_saves_memory: None,
            limit_bucket: None,
        }
    }

    #[test]
    fn auto_prefers_hardware_over_software() {
        let infos = [
            info("llvmpipe", wgpu::DeviceType::Cpu),
            info("Intel UHD", wgpu::DeviceType::IntegratedGpu),
            info("NVIDIA H100", wgpu::DeviceType::DiscreteGpu),
        ];
        let named = |name: &str| AdapterRequest { name: Some(name.into()), ..Default::default() };
        assert_eq!(pick(&infos, &AdapterRequest::default()), Some(2));
        assert_eq!(pick(&infos, &named("LLVM")), Some(0));
        assert_eq!(pick(&infos, &named("uhd")), Some(1));
        assert_eq!(pick(&infos, &named("radeon")), None);
        assert_eq!(pick(&[], &AdapterRequest::default()), None);
    }

    #[test]
    fn local_ranks_take_the_hardware_adapters_round_robin() {
        let infos = [
            info("NVIDIA H100", wgpu::DeviceType::DiscreteGpu),
            info("llvmpipe", wgpu::DeviceType::Cpu),
            info("NVIDIA H100", wgpu::DeviceType::DiscreteGpu),
        ];
        let rank = |r| AdapterRequest { local_rank: Some(r), ..Default::default() };
        assert_eq!([0, 1, 2, 3].map(|r| pick(&infos, &rank(r))), [Some(0), Some(2), Some(0), Some(2)]);
        // A name still wins; with no hardware every rank takes the software adapter.
        let named = AdapterRequest { name: Some("llvm".into()), local_rank: Some(1), ..Default::default() };
        assert_eq!(pick(&infos, &named), Some(1));
        assert_eq!(pick(&infos[1..2], &rank(3)), Some(0));
    }

    #[test]
    fn limits_variable_takes_the_option_names_and_refuses_others() {
        assert_eq!(DeviceLimits::from_environment(" WebGPU ").unwrap(), DeviceLimits::Webgpu);
        assert_eq!(DeviceLimits::from_environment("adapter").unwrap(), DeviceLimits::Adapter);
        let err = DeviceLimits::from_environment("browser").unwrap_err().to_string();
        assert!(err.contains("WGVAE_LIMITS") && err.contains("browser"), "{err}");
    }

    #[test]
    fn no_adapter_message_says_how_to_get_one() {
        let msg = no_adapter_message(&AdapterRequest::default(), &[]);
        assert!(msg.contains("apt-get install mesa-vulkan-drivers"), "{msg}");
        let msg = no_adapter_message(
            &AdapterRequest { name: Some("radeon".into()), ..Default::default() },
            &[info("llvmpipe", wgpu::DeviceType::Cpu)],
        );
        assert!(msg.contains("radeon") && msg.contains("llvmpipe"), "{msg}");
    }
}
