"""int8 tagging: which dynamic Linear is used, and that 8-bit activations are closer to fp32 than 7-bit."""

from __future__ import annotations

import pytest
import torch
from conftest import build_tiny_model

from meetingtype import inference
from meetingtype.inference import FastDistilBertClassifier, int8_full_range, quantize_int8

LINEARS = (torch.nn.Linear, torch.ao.nn.quantized.dynamic.Linear)


@pytest.mark.parametrize("full_range", [True, False])
def test_quantize_int8_swaps_every_linear_for_the_chosen_int8_one(full_range, monkeypatch):
    monkeypatch.setattr(inference, "int8_full_range", lambda: full_range)
    fast = quantize_int8(FastDistilBertClassifier(build_tiny_model().eval()), inplace=True)
    expected = inference._FullRangeDynamicLinear if full_range else torch.ao.nn.quantized.dynamic.Linear
    kinds = {type(m) for m in fast.modules() if isinstance(m, LINEARS)}
    assert kinds == {expected}


def test_int8_full_range_follows_the_cpus_vnni_flag(monkeypatch):
    monkeypatch.setattr(torch.cpu, "_is_vnni_supported", lambda: False, raising=False)
    assert int8_full_range() is False
    monkeypatch.setattr(torch.cpu, "_is_vnni_supported", lambda: True, raising=False)
    assert int8_full_range() is True
    monkeypatch.delattr(torch.cpu, "_is_vnni_supported", raising=False)
    assert int8_full_range() is False  # a torch without the probe: the safe 7 bits


def test_full_range_linear_runs_the_int8_op_with_8_bit_activations():
    # Runs on any CPU: the module is the stock dynamic Linear but for reduce_range=False.
    layer = quantize_int8(torch.nn.Sequential(torch.nn.Linear(16, 8)), full_range=True)[0]
    x = torch.randn(4, 16, generator=torch.Generator().manual_seed(1))
    packed = layer._packed_params._packed_params
    expected = torch.ops.quantized.linear_dynamic(x, packed, reduce_range=False)
    assert torch.equal(layer(x), expected)


@pytest.mark.skipif(not int8_full_range(), reason="this CPU has no VNNI: 8-bit activations could saturate")
def test_full_range_int8_logits_are_closer_to_fp32_than_reduced_range():
    errors = {False: 0.0, True: 0.0}
    for seed in range(4):  # several models and inputs: one draw can be close either way
        model = build_tiny_model(vocab_size=200, seed=seed).eval()
        ids = torch.randint(5, 200, (8, 64), generator=torch.Generator().manual_seed(seed))
        with torch.inference_mode():
            ref = FastDistilBertClassifier(model)(ids, None)
            for full in (False, True):
                q = quantize_int8(FastDistilBertClassifier(model), inplace=True, full_range=full)
                errors[full] += (q(ids, None) - ref).abs().mean().item()
    assert errors[True] < 0.85 * errors[False], errors
