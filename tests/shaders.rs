//! Portability without the hardware: every shader module, exactly as wgpu compiles it, parses
//! and validates with naga and translates to SPIR-V (Vulkan), MSL (Metal) and HLSL (DX12).

use naga::back::{hlsl, msl, spv};
use naga::valid::{Capabilities, ValidationFlags, Validator};

#[test]
fn every_shader_translates_to_spirv_msl_and_hlsl() {
    let modules = wgvae::kernels::shader_modules();
    assert!(modules.len() >= 10, "the kernel set lists {} modules", modules.len());
    for (name, source) in modules {
        let module = naga::front::wgsl::parse_str(source)
            .unwrap_or_else(|e| panic!("{name}.wgsl does not parse:\n{}", e.emit_to_string(source)));
        assert!(!module.entry_points.is_empty(), "{name} has no entry point");
        // No optional capabilities (what every WebGPU implementation must accept) but subgroups
        // in the modules made for adapters that have them.
        let subgroups = source.contains("subgroupBroadcast(") || source.contains("subgroupShuffle(");
        assert_eq!(subgroups, name.contains("subgroup"), "{name}: only the subgroup modules use subgroups");
        let capabilities = if subgroups { Capabilities::SUBGROUP } else { Capabilities::empty() };
        let info = Validator::new(ValidationFlags::all(), capabilities)
            .validate(&module)
            .unwrap_or_else(|e| panic!("{name}.wgsl does not validate:\n{}", e.emit_to_string(source)));

        let words = spv::write_vec(&module, &info, &spv::Options::default(), None)
            .unwrap_or_else(|e| panic!("{name}: SPIR-V translation failed: {e}"));
        assert_eq!(words[0], 0x0723_0203, "{name}: SPIR-V magic number");

        let msl_options = msl::Options { lang_version: (2, 1), ..Default::default() };
        let (msl_text, _) = msl::write_string(&module, &info, &msl_options, &msl::PipelineOptions::default())
            .unwrap_or_else(|e| panic!("{name}: MSL translation failed: {e}"));
        for ep in &module.entry_points {
            assert!(msl_text.contains(&ep.name), "{name}: MSL lacks entry point {}", ep.name);
        }

        let mut hlsl_text = String::new();
        let hlsl_options = hlsl::Options::default();
        let pipeline = hlsl::PipelineOptions::default();
        hlsl::Writer::new(&mut hlsl_text, &hlsl_options, &pipeline)
            .write(&module, &info, None)
            .unwrap_or_else(|e| panic!("{name}: HLSL translation failed: {e}"));
        for ep in &module.entry_points {
            assert!(hlsl_text.contains(&ep.name), "{name}: HLSL lacks entry point {}", ep.name);
        }
    }
}
